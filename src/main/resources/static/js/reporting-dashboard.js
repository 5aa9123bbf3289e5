// The dashboard's charts. Each canvas carries its data as JSON (labels, series of figures in million đồng, and for each
// bar the address of the filtered list it opens); the table beside it has the same figures with links, so the page
// says it all without this file. A click on a bar opens its list; the PNG button saves the drawn chart.
(function () {
  var COLOURS = ['#0d6efd', '#198754', '#d63384'];

  function draw(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var horizontal = data.type === 'horizontal';
    var datasets = data.series.map(function (series, index) {
      return {
        label: series.name,
        data: series.values.map(Number),
        backgroundColor: COLOURS[index % COLOURS.length],
        borderColor: COLOURS[index % COLOURS.length]
      };
    });
    var valueAxis = {beginAtZero: true, title: {display: true, text: data.unit}};
    new Chart(canvas, {
      type: 'bar',
      data: {labels: data.labels, datasets: datasets},
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        scales: horizontal ? {x: valueAxis} : {y: valueAxis},
        onClick: function (event, elements) {
          if (elements.length > 0 && data.hrefs[elements[0].index]) {
            window.location.assign(data.hrefs[elements[0].index]);
          }
        },
        onHover: function (event, elements) {
          var target = event.native && event.native.target;
          if (target) {
            target.style.cursor = elements.length > 0 && data.hrefs[elements[0].index] ? 'pointer' : 'default';
          }
        }
      }
    });
  }

  function savePng(button) {
    var canvas = document.getElementById(button.dataset.pngFor);
    var link = document.createElement('a');
    link.href = canvas.toDataURL('image/png');
    link.download = button.dataset.pngName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function start() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-dashboard-chart]').forEach(draw);
    document.querySelectorAll('button[data-png-for]').forEach(function (button) {
      button.addEventListener('click', function () {
        savePng(button);
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
