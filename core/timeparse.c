/*
 * timeparse.c - ISO 8601 / RFC 3339 times read from text (timeparse.h).
 * No libc time calls: timegm and strptime depend on the locale and the
 * TZ database, and these run once per log line.
 */
#include "core/timeparse.h"

#define MIN_YEAR 1
#define MAX_YEAR 9999
#define EPOCH_YEAR 1970
#define MAX_ZONE_HOURS 14
#define DATE_LEN 10      /* YYYY-MM-DD */
#define DATE_TIME_LEN 19 /* YYYY-MM-DDTHH:MM:SS */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

int bs_time_digits(const char *s, int n)
{
    int v = 0;

    for (int i = 0; i < n; i++) {
        if (!is_digit(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int64_t bs_days_from_civil(int64_t y, unsigned m, unsigned d)
{
    int64_t era;
    unsigned yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

bool bs_time_from_fields(int y, int mo, int d, int h, int mi, int s, int32_t nsec, int off_min,
                         bs_time *out)
{
    if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 ||
        mi < 0 || mi > 59 || s < 0 || s > 60)
        return false;
    out->sec = bs_days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 + h * 3600 + mi * 60 + s -
               (int64_t)off_min * 60;
    out->nsec = nsec;
    out->set = true;
    return true;
}

int bs_time_zone(const char *s, size_t n, size_t *used)
{
    int h, m, sign;

    *used = 0;
    if (n >= 1 && (s[0] == 'Z' || s[0] == 'z')) {
        *used = 1;
        return 0;
    }
    if (n < 3 || (s[0] != '+' && s[0] != '-'))
        return 0;
    sign = s[0] == '-' ? -1 : 1;
    if ((h = bs_time_digits(s + 1, 2)) < 0 || h > MAX_ZONE_HOURS)
        return 0;
    if (n >= 6 && s[3] == ':' && (m = bs_time_digits(s + 4, 2)) >= 0 && m < 60)
        *used = 6;
    else if (n >= 5 && (m = bs_time_digits(s + 3, 2)) >= 0 && m < 60)
        *used = 5;
    else
        m = 0, *used = 3;
    return sign * (h * 60 + m);
}

int32_t bs_time_fraction(const char *s, size_t n, size_t *used)
{
    int32_t ns = 0, scale = 100000000;
    size_t i = 1;

    *used = 0;
    if (n < 2 || (s[0] != '.' && s[0] != ',') || !is_digit(s[1]))
        return 0;
    for (; i < n && is_digit(s[i]); i++) {
        ns += (s[i] - '0') * scale;
        scale /= 10;
    }
    *used = i;
    return ns;
}

static bool is_date(const char *s, size_t n)
{
    return n >= DATE_LEN && s[4] == '-' && s[7] == '-';
}

static bool is_time_part(const char *s, size_t n)
{
    return n >= DATE_TIME_LEN && (s[10] == 'T' || s[10] == 't' || s[10] == ' ') && s[13] == ':' &&
           s[16] == ':';
}

size_t bs_time_parse(const char *s, size_t n, unsigned flags, bs_time *out, bool *date_only)
{
    int y, mo, d, h = 0, mi = 0, sec = 0, off = 0;
    int32_t ns = 0;
    size_t i, used = 0;
    bool whole_day;

    if (!s || !is_date(s, n))
        return 0;
    y = bs_time_digits(s, 4);
    mo = bs_time_digits(s + 5, 2);
    d = bs_time_digits(s + 8, 2);
    whole_day = !is_time_part(s, n);
    if (whole_day) {
        if (!(flags & BS_TIME_DATE_ONLY))
            return 0;
        i = DATE_LEN;
    } else {
        h = bs_time_digits(s + 11, 2);
        mi = bs_time_digits(s + 14, 2);
        sec = bs_time_digits(s + 17, 2);
        i = DATE_TIME_LEN;
        ns = bs_time_fraction(s + i, n - i, &used);
        i += used;
        off = bs_time_zone(s + i, n - i, &used);
        if ((!used && (flags & BS_TIME_ZONE_NEEDED)) ||
            (used && (flags & BS_TIME_ONLY_Z) && s[i] != 'Z' && s[i] != 'z'))
            return 0;
        i += used;
    }
    if ((flags & BS_TIME_SINCE_1970) && y < EPOCH_YEAR)
        return 0;
    if (!bs_time_from_fields(y, mo, d, h, mi, sec, ns, off, out))
        return 0;
    if (date_only)
        *date_only = whole_day;
    return i;
}
