// Draws the population pyramid from the data-pyramid attribute the server wrote (no inline script under the CSP).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.querySelector('canvas[data-pyramid]');
  if (!canvas) {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-pyramid'));
  var labels = data.labels.slice().reverse();
  var count = function (value) { return Math.abs(value).toLocaleString(document.documentElement.lang || 'vi'); };
  new Chart(canvas, {
    type: 'bar',
    data: { labels: labels, datasets: [
      { label: canvas.getAttribute('data-male'), data: data.male.slice().reverse(), backgroundColor: '#1f5f99' },
      { label: canvas.getAttribute('data-female'), data: data.female.slice().reverse(), backgroundColor: '#c2553a' }
    ] },
    options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
      scales: { x: { stacked: true, ticks: { callback: count } }, y: { stacked: true } },
      plugins: { tooltip: { callbacks: { label: function (item) { return item.dataset.label + ': ' + count(item.raw); } } } } }
  });
});
