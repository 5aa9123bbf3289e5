// The transparency page's bar charts: value committed and aid disbursed in USD, by field and by year. Each canvas
// carries its figures (series split by ';', figures by ','; labels by '|'); the table beside it has the same figures
// in VND and USD, so the page says it all without this file.
(function () {
  var COLOURS = ['#a0170f', '#c99a00'];
  var LABEL_LENGTH = 32;

  // a long field name stays whole in the table; on the axis it is cut so the bars keep their room
  function shortened(label) {
    return label.length > LABEL_LENGTH ? label.substring(0, LABEL_LENGTH - 1) + '\u2026' : label;
  }

  function draw(canvas) {
    var data = canvas.dataset;
    if (!data.labels) {
      return;
    }
    var names = data.names.split(';');
    var datasets = data.series.split(';').map(function (series, index) {
      return {
        label: names[index],
        data: series.split(',').map(Number),
        backgroundColor: COLOURS[index % COLOURS.length]
      };
    });
    var horizontal = data.horizontal !== undefined;
    var valueAxis = horizontal ? 'x' : 'y';
    var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
    // the value axis in short words (2 Tr, 2M): whole numbers side by side ran into each other at 1,366 px; the
    // tooltip and the table keep them whole
    var compact = new Intl.NumberFormat(locale, {notation: 'compact', maximumFractionDigits: 1});
    var scales = {};
    scales[valueAxis] = {beginAtZero: true,
                         ticks: {maxTicksLimit: 5, callback: function (value) { return compact.format(value); }}};
    new Chart(canvas, {
      type: 'bar',
      data: {labels: data.labels.split('|').map(shortened), datasets: datasets},
      // numbers in the tooltips as the page's language writes them (1.000.000 in Vietnamese)
      options: {locale: locale, indexAxis: horizontal ? 'y' : 'x', scales: scales}
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas[data-transparency-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
