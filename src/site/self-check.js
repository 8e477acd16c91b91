/*
 * The summary's self-check (components/SelfCheck.astro), inlined after it and hashed for the CSP by
 * astro.config.mjs, so the summary loads no script file before its demo. The server wrote every right
 * answer (from the simulator) and every reason; this only turns the answers into buttons, says the
 * verdict in the question's live region at once, marks the pick (and after a wrong pick the right answer), and
 * keeps the score of first tries.
 */
(function (d) {
  var fill = function (t, v) { return t.replace(/\{(\w+)\}/g, function (m, k) { return k in v ? String(v[k]) : m; }); };
  d.querySelectorAll('[data-quiz]').forEach(function (quiz) {
    var qs = quiz.querySelectorAll('[data-question]'), first = new Map(), score = quiz.querySelector('[data-score]'), t = quiz.dataset;
    qs.forEach(function (q) {
      var right = Number(q.dataset.right), buttons = [].slice.call(q.querySelectorAll('[data-choice]'));
      var out = q.querySelector('[data-out]'), reason = q.querySelector('[data-reason]');
      q.querySelector('details').hidden = true;
      buttons.forEach(function (b) {
        b.disabled = false;
        b.addEventListener('click', function () {
          var ok = Number(b.dataset.choice) === right, n = 0, verdict = ok ? 'right' : 'wrong';
          q.dataset.verdict = verdict;
          // The pick is marked right or wrong; after a wrong pick the right answer is marked too.
          buttons.forEach(function (o, i) {
            var mark = o === b ? verdict : !ok && i === right ? 'right' : '';
            o.setAttribute('aria-pressed', String(o === b));
            if (mark) o.dataset.mark = mark;
            else delete o.dataset.mark;
          });
          if (!first.has(q)) first.set(q, ok);
          // The reason and its link as the server wrote them, after the verdict (the bold answer is left out).
          var rest = [].slice.call(reason.childNodes, 1).map(function (c) { return c.cloneNode(true); });
          out.replaceChildren.apply(out, [ok ? t.tRight : fill(t.tWrong, { answer: buttons[right].textContent })].concat(rest));
          first.forEach(function (v) { if (v) n++; });
          score.textContent = fill(t.tScore, { right: n, total: qs.length, answered: first.size });
        });
      });
    });
  });
})(document);
