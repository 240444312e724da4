# breachscan - build, test, demo and benchmark.
#
#   make            build/breachscan
#   make check      deps + build + unit tests + e2e tests (SARIF through the SARIF multitool,
#                   installed from npm into build/sarif-tool; HTML in headless Chromium),
#                   then the same under ASan+UBSan
#   make demo       deps + build + sample evidence + scan -> demo/report.json
#   make bench      deps + build + breachscan vs the yara CLI (bench and bundled rules, two generated corpora), -j1/-j2, decoder and log costs, disk images (docs/PERFORMANCE.md)
#   make fuzz       libFuzzer targets (clang) under build/fuzz/
#   make deps       install the Debian packages needed (apt-get; skips what is present)
#   make install    PREFIX=/usr/local

PREFIX ?= /usr/local
BUILD ?= build
CC ?= cc
SAN ?=

PKGS := yara libarchive libpcre2-8 libcjson zlib libcrypto tsk libewf libqcow
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

CFLAGS ?= -O2 -g
override CFLAGS += -std=gnu11 -I. -Wall -Wextra -Werror -pthread -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 $(PKG_CFLAGS) \
	-DBS_DATADIR=\"$(PREFIX)/share/breachscan\"
override LDLIBS += $(PKG_LIBS) -lstdc++ -lpthread -lm
ifneq ($(SAN),)
override CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
override LDFLAGS += -fsanitize=address,undefined
endif

SRC := $(wildcard core/*.c matchers/*.c collectors/*.c report/*.c scanner/*.c)
LIB_SRC := $(filter-out scanner/main.c,$(SRC))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ := $(BUILD)/obj/scanner/main.o
BIN := $(BUILD)/breachscan

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

DEB_PKGS := pkg-config gcc make libyara-dev libarchive-dev libpcre2-dev libcjson-dev zlib1g-dev \
	libssl-dev libtsk-dev libewf-dev libqcow-dev libcmocka-dev yara sleuthkit ewf-tools \
	qemu-utils e2fsprogs dosfstools mtools ntfs-3g fdisk zip unzip libarchive-tools xz-utils \
	bzip2 zstd cpio genisoimage exfatprogs python3 python3-jsonschema clang libclang-rt-14-dev time \
	nodejs npm chromium parallel

.PHONY: all check sarif-tool check-layers check-unit check-e2e check-asan demo demo-run bench bench-run fuzz fuzz-run deps install clean

all: $(BIN)

$(BIN): $(LIB_OBJ) $(MAIN_OBJ)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_OBJ) $(LDLIBS) -lcmocka

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d)

deps:
	@sh tests/deps.sh $(DEB_PKGS)

check: deps
	$(MAKE) sarif-tool check-layers check-unit check-e2e
	$(MAKE) check-asan
	$(MAKE) fuzz-run

check-layers:
	@sh tests/check-layers.sh

# the SARIF multitool (npm, pinned in tests/sarif/) the e2e tests validate SARIF with
sarif-tool:
	@sh tests/sarif/install.sh >/dev/null

check-unit: $(UNIT_BIN)
	@sh tests/run-unit.sh $(UNIT_BIN)

check-e2e: $(BIN)
	@sh tests/e2e/run.sh $(BIN)

# CFLAGS through the environment: on the command line it would override the
# `CFLAGS +=` lines above (and drop -std, -D_GNU_SOURCE, the pkg-config flags).
check-asan:
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  CFLAGS="-O1 -g" $(MAKE) BUILD=build/asan SAN=1 check-unit check-e2e

# deps first, then a recursive make: PKG_CFLAGS/PKG_LIBS are evaluated when make
# starts, so on a fresh machine they are only right after the packages exist.
demo: deps
	$(MAKE) demo-run
demo-run: $(BIN)
	@sh tests/demo/make-demo.sh $(BIN) demo

bench: deps
	$(MAKE) bench-run
bench-run: $(BIN)
	@sh tests/bench/bench.sh $(BIN)

FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN := $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)
FUZZ_CFLAGS := -std=gnu11 -I. -g -O1 -D_GNU_SOURCE -D_FILE_OFFSET_BITS=64 $(PKG_CFLAGS)
# the library objects are compiled once with coverage (fuzzer-no-link), then each target links them
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=build/fuzz/obj/%.o)
fuzz: $(FUZZ_BIN)
build/fuzz/obj/%.o: %.c
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -MMD -MP -c -o $@ $<
build/fuzz/%: tests/fuzz/%.c $(FUZZ_LIB_OBJ)
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined -o $@ $< $(FUZZ_LIB_OBJ) \
	  $(PKG_LIBS) -lstdc++ -lpthread -lm
-include $(FUZZ_LIB_OBJ:.o=.d)
fuzz-run: fuzz
	@sh tests/fuzz/run.sh $(FUZZ_BIN)

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/breachscan/rules/iocs \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/breachscan
	install -m 0644 rules/*.yar $(DESTDIR)$(PREFIX)/share/breachscan/rules/
	install -m 0644 rules/iocs/*.txt $(DESTDIR)$(PREFIX)/share/breachscan/rules/iocs/
	install -m 0644 docs/breachscan.1 $(DESTDIR)$(PREFIX)/share/man/man1/

clean:
	rm -rf build demo
