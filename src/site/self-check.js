/*
 * The summary's self-check (components/SelfCheck.astro), inlined after it and hashed for the CSP by
 * astro.config.mjs, so the summary loads no script file before its demo. The server wrote every right
 * answer (from the simulator), every reason and every sentence with its template filled (the score's, with
 * places for its counts); this only turns the answers into buttons, says the verdict in the question's live
 * region at once, marks the pick (and after a wrong pick the right answer), and keeps the score of first tries.
 */
(function (d) {
  d.querySelectorAll('[data-quiz]').forEach(function (quiz) {
    var qs = quiz.querySelectorAll('[data-question]'), first = new Map(), score = quiz.querySelector('[data-score]'), t = quiz.dataset;
    var tally = quiz.querySelector('[data-score-t]').content;
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
          out.replaceChildren.apply(out, [ok ? t.tRight : q.dataset.tWrong].concat(rest));
          first.forEach(function (v) { if (v) n++; });
          // The score's sentence afresh from the server's template, the two counts in their places.
          var s = tally.cloneNode(true);
          s.querySelector('[data-n=right]').textContent = n;
          s.querySelector('[data-n=answered]').textContent = first.size;
          score.replaceChildren(s);
        });
      });
    });
  });
})(document);
