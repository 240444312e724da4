// A slide carousel: rotates its slides every few seconds, reading sizes with parseInt.
// breachscan test sample: must give no YARA finding.
function Carousel(el) {
  this.el = el;
  this.slides = Array.prototype.slice.call(el.querySelectorAll('.slide'));
  this.width = parseInt(getComputedStyle(el).width, 10);
  this.gap = parseInt(el.getAttribute('data-gap') || '0', 10);
  this.delay = parseInt(el.getAttribute('data-delay') || '4000', 10);
}
Carousel.prototype.next = function () {
  this.slides.push(this.slides.shift());
  for (var i = 0; i < this.slides.length; i++) {
    this.slides[i].style.transform = 'translateX(' + i * (this.width + this.gap) + 'px)';
  }
};
Carousel.prototype.start = function () {
  var self = this;
  setInterval(function () { self.next(); }, this.delay);
};
