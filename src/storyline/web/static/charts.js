/* storyline charts: render the Vega-Lite specs of the page's
 * <script type="application/json"> blocks with the bundled Vega.
 * CSP-safe: Vega's expression interpreter instead of its code generator
 * (no eval / new Function), SVG output, no inline script or style. */
(function () {
  "use strict";

  function fail(el, err) {
    el.classList.add("chart-failed");
    el.textContent = "Chart unavailable: " + (err && err.message ? err.message : String(err));
  }

  function render(el) {
    var block = document.getElementById(el.getAttribute("data-spec"));
    if (!block) { return; }
    var spec = JSON.parse(block.textContent);
    var compiled = window.vegaLite.compile(spec).spec;
    var runtime = window.vega.parse(compiled, null, { ast: true });
    var view = new window.vega.View(runtime, {
      expr: window.vegaInterpreter.expressionInterpreter,
      renderer: "svg",
      container: el,
      hover: true
    });
    return view.runAsync().then(function () {
      el.setAttribute("data-rendered", "true");
    });
  }

  function start() {
    var views = document.querySelectorAll(".chart-view[data-spec]");
    if (!views.length) { return; }
    if (!window.vega || !window.vegaLite || !window.vegaInterpreter) {
      views.forEach(function (el) { fail(el, "the chart library did not load"); });
      return;
    }
    views.forEach(function (el) {
      try {
        var done = render(el);
        if (done) { done.catch(function (err) { fail(el, err); }); }
      } catch (err) {
        fail(el, err);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
