/**
 * The page's script (plain ES2017, no modules): reads the embedded JSON, draws the ECharts
 * charts, wires the term picker, the table filters and the sentence panels. Every report text
 * reaches the DOM through `textContent`, and tooltips (which ECharts renders as HTML) escape it.
 * When done it sets `data-tifa-ready="1"` on `<html>` and exposes `window.tifa = { charts, data }`.
 * Contains no `</script` and no `<!--`, so it can be inlined.
 *
 * @example
 * ```ts
 * `<script>${CLIENT_JS}</script>`;
 * ```
 */
export const CLIENT_JS = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('tifa-data').textContent);
  var years = data.groups.map(String);
  var font = getComputedStyle(document.body).fontFamily;
  var MEASURE = data.keyness.measure === 'chi2' ? 'χ²' : 'G²';
  var charts = {};
  // 20 distinguishable colors, so that up to 20 lines (e.g. all categories) do not repeat.
  var PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
    '#1f3b73', '#a0522d', '#2ca02c', '#d62728', '#9467bd', '#17becf', '#bcbd22', '#7f7f7f', '#e377c2', '#393b79'];

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (ch) {
      return ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;';
    });
  }
  function num(n) { return typeof n === 'number' ? String(Math.round(n * 1000) / 1000) : '–'; }
  function clip(s, n) { return s.length > n ? s.slice(0, n) + '…' : s; }
  function muted(s) { return '<span style="color:#6e7781">' + s + '</span>'; }

  // Sentence panels: one per section, filled with textContent only.
  function panelFor(el) {
    var s = el && el.closest ? el.closest('section') : null;
    return s ? s.querySelector('.evidence') : null;
  }
  function fillPanel(panel, head, sentence, mark) {
    if (!panel) return;
    panel.textContent = '';
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', '关闭 close');
    close.textContent = '×';
    close.addEventListener('click', function () { panel.hidden = true; });
    var h = document.createElement('div');
    h.className = 'ev-head';
    h.textContent = head;
    var p = document.createElement('p');
    p.className = 'ev-text';
    var at = mark ? sentence.indexOf(mark) : -1;
    if (at >= 0) {
      p.appendChild(document.createTextNode(sentence.slice(0, at)));
      var m = document.createElement('mark');
      m.textContent = mark;
      p.appendChild(m);
      p.appendChild(document.createTextNode(sentence.slice(at + mark.length)));
    } else {
      p.textContent = sentence;
    }
    panel.appendChild(close);
    panel.appendChild(h);
    panel.appendChild(p);
    panel.hidden = false;
  }
  function showEvidence(panel, index, label) {
    var ev = index === null || index === undefined ? null : data.evidence[index];
    if (!ev) {
      fillPanel(panel, label, '（无原句 / no sentence recorded）', '');
      return;
    }
    fillPanel(panel, (label ? label + ' · ' : '') + ev.year + ' · ' + (ev.source.split(/[\\/]/).pop() || ev.source), ev.sentence, ev.mark);
  }

  document.addEventListener('click', function (e) {
    var t = e.target && e.target.closest ? e.target.closest('[data-ev]') : null;
    if (!t) return;
    var i = t.getAttribute('data-ev');
    showEvidence(panelFor(t), i === '' ? null : Number(i), t.getAttribute('data-label') || '');
  });

  // Table filters.
  document.addEventListener('input', function (e) {
    var input = e.target;
    if (!input || !input.getAttribute || !input.getAttribute('data-filter')) return;
    var table = document.getElementById(input.getAttribute('data-filter'));
    if (!table) return;
    var q = input.value.trim();
    var rows = table.tBodies[0] ? table.tBodies[0].rows : [];
    for (var i = 0; i < rows.length; i++) rows[i].hidden = q !== '' && rows[i].textContent.indexOf(q) < 0;
  });

  if (typeof echarts === 'undefined') {
    var cs = document.querySelectorAll('.chart');
    for (var k = 0; k < cs.length; k++) {
      cs[k].className = 'nodata';
      cs[k].textContent = '图表库未能加载 / the chart library did not load';
    }
    document.documentElement.setAttribute('data-tifa-ready', '1');
    return;
  }

  function withBase(option) {
    var o = {
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: font },
      toolbox: { right: 4, top: 0, feature: { saveAsImage: { title: '保存图片 save', pixelRatio: 2 } } }
    };
    for (var k in option) o[k] = option[k];
    return o;
  }
  function make(id, option) {
    var el = document.getElementById(id);
    if (!el) return null;
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(withBase(option));
    charts[id] = chart;
    return chart;
  }

  // 1. Trends.
  function lineOption(list) {
    return {
      tooltip: {
        trigger: 'axis',
        confine: true,
        formatter: function (ps) {
          if (!ps || !ps.length) return '';
          var i = ps[0].dataIndex;
          var rows = ps.slice().sort(function (a, b) { return (b.value || 0) - (a.value || 0); });
          var out = '<b>' + esc(ps[0].axisValue) + '</b> ' + muted('每万字 per 10k (次数 count)');
          rows.forEach(function (p) {
            var s = list[p.seriesIndex];
            out += '<br>' + p.marker + esc(p.seriesName) + '：' + num(p.value) + ' ' + muted('(' + (s ? s.counts[i] : '') + ')');
          });
          return out;
        }
      },
      legend: { type: 'scroll', top: 0, left: 0, right: 48 },
      grid: { left: 8, right: 24, top: 64, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: years, boundaryGap: false },
      yAxis: { type: 'value', name: '每万字 per 10k chars', nameTextStyle: { align: 'left' } },
      series: list.map(function (s) {
        return { name: s.name, type: 'line', data: s.per10k, symbolSize: 5, emphasis: { focus: 'series' } };
      })
    };
  }
  make('chart-categories', lineOption(data.categories));

  var picker = document.getElementById('term-picker');
  var termChart = null;
  function pickedTerms() {
    var out = [];
    if (!picker) return out;
    var boxes = picker.querySelectorAll('input[type=checkbox]');
    for (var i = 0; i < boxes.length; i++) {
      var t = data.terms[Number(boxes[i].value)];
      if (boxes[i].checked && t) out.push(t);
    }
    return out;
  }
  function drawTerms() {
    if (termChart) termChart.setOption(withBase(lineOption(pickedTerms())), { notMerge: true });
  }
  termChart = make('chart-terms', lineOption(pickedTerms()));
  if (picker) {
    picker.addEventListener('change', drawTerms);
    var actions = document.querySelectorAll('[data-terms]');
    for (var a = 0; a < actions.length; a++) {
      actions[a].addEventListener('click', function (e) {
        var top = e.currentTarget.getAttribute('data-terms') === 'top';
        var boxes = picker.querySelectorAll('input[type=checkbox]');
        for (var i = 0; i < boxes.length; i++) boxes[i].checked = top && i < data.defaultTerms;
        drawTerms();
      });
    }
  }

  // 2. Formulation heatmap.
  var heat = data.heat;
  // Count bands 1, 2–3, 4–7, 8–15, … so that a single mention is clearly visible.
  function heatPieces(max) {
    var colors = ['#fcc5c0', '#fa9fb5', '#f768a1', '#dd3497', '#ae017e', '#7a0177'];
    var bands = [];
    for (var lo = 1; lo <= Math.max(1, max) && bands.length < colors.length; lo *= 2) bands.push(lo);
    return bands.map(function (b, i) {
      var last = i === bands.length - 1;
      var hi = b * 2 - 1;
      var c = colors[bands.length === 1 ? 2 : Math.round(i * (colors.length - 1) / (bands.length - 1))];
      if (last) return { gte: b, label: b === max ? String(b) : '≥' + b, color: c };
      return { gte: b, lte: hi, label: b === hi ? String(b) : b + '–' + hi, color: c };
    });
  }
  var heatChart = make('chart-formulations', {
    tooltip: {
      confine: true,
      formatter: function (p) {
        var v = p.value;
        var row = v ? heat.rows[v[1]] : null;
        if (!row) return '';
        var out = '<b>' + esc(row.name) + '</b>' + (row.known ? '' : ' ' + muted('自动发现 discovered'));
        out += '<br>' + esc(years[v[0]]) + '：' + v[2] + ' 次';
        out += '<br>' + muted('首次 first ' + row.firstYear + ' · 末次 last ' + row.lastYear + ' · 合计 total ' + row.total);
        var ev = row.ev === null ? null : data.evidence[row.ev];
        if (ev) out += '<div style="max-width:380px;white-space:normal;margin-top:4px">' + muted('首次出现 first:') + ' ' + esc(clip(ev.sentence, 160)) + '</div>';
        return out;
      }
    },
    toolbox: { show: false },
    grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
    xAxis: {
      type: 'category',
      data: years,
      splitArea: { show: true },
      axisLabel: { interval: 0, rotate: years.length > 14 ? 90 : 0 }
    },
    yAxis: {
      type: 'category',
      data: heat.rows.map(function (r) { return r.name; }),
      inverse: true,
      axisLabel: {
        interval: 0,
        width: 200,
        overflow: 'truncate',
        formatter: function (v, i) { var r = heat.rows[i]; return r && !r.known ? v + ' *' : v; }
      }
    },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemGap: 6,
      pieces: heatPieces(heat.max)
    },
    series: [{
      type: 'heatmap',
      data: heat.cells,
      label: { show: years.length <= 16, fontSize: 11 },
      itemStyle: { borderColor: '#fff', borderWidth: 1 },
      emphasis: { itemStyle: { borderColor: '#222', borderWidth: 1 } }
    }]
  });
  if (heatChart) {
    heatChart.on('click', function (p) {
      var row = p.value ? heat.rows[p.value[1]] : null;
      if (row) showEvidence(panelFor(heatChart.getDom()), row.ev, row.name + ' · 首次出现 first appearance');
    });
  }

  // 3. Keyness bars.
  function keyOption(list, color, title) {
    var m = data.keyness.measure;
    return {
      title: { text: title, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'normal', color: '#444' } },
      tooltip: {
        confine: true,
        formatter: function (p) {
          var f = list[p.dataIndex];
          if (!f) return '';
          var out = '<b>' + esc(f.name) + '</b> ' + muted(f.type === 'term' ? '术语 term' + (f.category ? ' · ' + esc(f.category) : '') : '词 word');
          out += '<br>G² ' + num(f.g2) + ' · χ² ' + num(f.chi2) + ' · log ratio ' + num(f.lr);
          out += '<br>目标 target ' + esc(data.keyness.target) + '：' + f.t + ' 次 ' + muted('(' + num(f.tp) + ' /万字)');
          out += '<br>参照 reference：' + f.r + ' 次 ' + muted('(' + num(f.rp) + ' /万字)');
          var ev = f.ev === null ? null : data.evidence[f.ev];
          if (ev) out += '<div style="max-width:380px;white-space:normal;margin-top:4px">' + esc(clip(ev.sentence, 160)) + '</div>';
          return out;
        }
      },
      toolbox: { show: false },
      grid: { left: 8, right: 64, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: '|' + MEASURE + '|', splitLine: { lineStyle: { type: 'dashed' } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: list.map(function (f) { return f.name; }),
        axisLabel: { interval: 0, width: 150, overflow: 'truncate' }
      },
      series: [{
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color: color },
        data: list.map(function (f) { return Math.abs(f[m]); }),
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          color: '#57606a',
          formatter: function (p) { var f = list[p.dataIndex]; return f ? f.t + ' | ' + f.r : ''; }
        }
      }]
    };
  }
  function keyChart(id, list, color, title) {
    var chart = make(id, keyOption(list, color, title));
    if (chart) {
      chart.on('click', function (p) {
        var f = list[p.dataIndex];
        if (f) showEvidence(panelFor(chart.getDom()), f.ev, f.name);
      });
    }
  }
  keyChart('chart-keyness-pos', data.keyness.positive, '#b4232a', data.keyness.target + ' 多用 overused');
  keyChart('chart-keyness-neg', data.keyness.negative, '#2f5f98', data.keyness.target + ' 少用 underused');

  // 4. Diffusion: issuers × years for the chosen formulation, first uses marked.
  var diff = data.diffusion;
  var diffYears = diff.years.map(String);
  function diffOption(row) {
    var uses = row.cells.map(function (c) { return [c[0], c[1], c[2]]; });
    var firsts = row.cells.filter(function (c) { return c[5] > 0; }).map(function (c) {
      return { value: [c[0], c[1], c[2], c[3], c[4]], itemStyle: { color: c[5] === 2 ? '#b4232a' : '#1f3b73' } };
    });
    return {
      tooltip: {
        confine: true,
        formatter: function (p) {
          var v = p.value;
          if (!v) return '';
          var out = '<b>' + esc(row.name) + '</b><br>' + esc(diff.issuers[v[1]]) + ' · ' + esc(diffYears[v[0]]) + '：' + v[2] + ' 次';
          if (p.seriesIndex === 1) out += '<br>' + muted('首次使用 first use · 滞后 lag ' + v[3] + ' 年 years');
          var ev = p.seriesIndex === 1 && v[4] !== null ? data.evidence[v[4]] : null;
          if (ev) out += '<div style="max-width:380px;white-space:normal;margin-top:4px">' + esc(clip(ev.sentence, 160)) + '</div>';
          return out;
        }
      },
      toolbox: { show: false },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: diffYears, splitArea: { show: true }, axisLabel: { rotate: diffYears.length > 14 ? 90 : 0 } },
      yAxis: { type: 'category', data: diff.issuers, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
      series: [
        { type: 'heatmap', data: uses, itemStyle: { color: '#c6dbef', borderColor: '#fff', borderWidth: 1 } },
        {
          type: 'scatter',
          data: firsts,
          symbol: 'diamond',
          symbolSize: 16,
          label: { show: true, position: 'right', fontSize: 11, formatter: function (p) { return '+' + p.value[3]; } }
        }
      ]
    };
  }
  var diffPick = document.getElementById('diffusion-pick');
  var diffChart = diff.formulations.length ? make('chart-diffusion', diffOption(diff.formulations[0])) : null;
  if (diffChart) {
    if (diffPick) {
      diffPick.addEventListener('change', function () {
        var row = diff.formulations[Number(diffPick.value)];
        if (row) diffChart.setOption(withBase(diffOption(row)), { notMerge: true });
      });
    }
    diffChart.on('click', function (p) {
      var row = diff.formulations[diffPick ? Number(diffPick.value) : 0];
      if (row && p.seriesIndex === 1) showEvidence(panelFor(diffChart.getDom()), p.value[4], row.name + ' · ' + diff.issuers[p.value[1]]);
    });
  }

  window.addEventListener('resize', function () {
    for (var id in charts) charts[id].resize();
  });
  window.tifa = { charts: charts, data: data };
  document.documentElement.setAttribute('data-tifa-ready', '1');
})();
`;
