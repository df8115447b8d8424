// Draws the steering series charts from the data-series attribute the server wrote (no inline script under the CSP).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('canvas[data-series]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-series'));
    var datasets = [{ label: data.label, data: data.values, borderColor: '#1f5f99', backgroundColor: '#1f5f99', tension: 0.2 }];
    if (data.target !== null) {
      datasets.push({ label: data.targetLabel, data: data.labels.map(function () { return data.target; }),
        borderColor: '#b2182b', borderDash: [6, 4], pointRadius: 0 });
    }
    new Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { suggestedMin: 0, suggestedMax: 100 } } }
    });
  });
});
