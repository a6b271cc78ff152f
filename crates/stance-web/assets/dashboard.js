// stance's live dashboard. The structure comes from the walk table (`#stance-table`); the
// class comes from the server as `stance-dashboard/1` over server-sent events
// (`/api/dashboard/stream`). Text reaches the page through `textContent`, never as markup.
'use strict';
(function () {
  // The dashboard's words, in the interface's language, from the page's `#stance-words`
  // block, each with `{name}` where an argument goes.
  const WORDS = JSON.parse(document.getElementById('stance-words').textContent);
  const fill = (key, args) => WORDS[key].replace(/\{(\w+)\}/g, (whole, name) => String(args[name]));
  const TEXT = {
    counts: (joined, finished) => fill('counts', { joined, finished }),
    nobody: WORDS.nobody,
    atQuestion: (n) => fill('atQuestion', { n }),
    finished: WORDS.finished,
    live: WORDS.live,
    reconnecting: WORDS.reconnecting,
    lost: WORDS.lost,
    tableCaption: (prompt) => fill('tableCaption', { prompt }),
    choice: WORDS.choice,
    count: WORDS.count,
    reachedCaption: WORDS.reachedCaption,
    recommendation: WORDS.recommendation,
    reveal: WORDS.reveal,
    revealed: WORDS.revealed,
    ifChosen: (label) => fill('ifChosen', { label }),
    addsNothing: WORDS.addsNothing,
    basis: { explicit: WORDS.basisExplicit, inferred: WORDS.basisInferred },
    why: WORDS.why,
    notes: (n) => fill('notes', { n }),
    facilitatorNotes: WORDS.facilitatorNotes,
    discussion: WORDS.discussion,
    pathStep: (n, prompt) => fill('pathStep', { n, prompt }),
    pathNone: WORDS.pathNone,
    pathEnded: WORDS.pathEnded,
    divergenceQuestion: WORDS.divergenceQuestion,
    divergencePath: WORDS.divergencePath,
    divergenceReached: WORDS.divergenceReached,
    divergenceStayed: WORDS.divergenceStayed,
    divergenceLeft: WORDS.divergenceLeft,
    noPath: WORDS.noPath,
    pathRefused: (why) => fill('pathRefused', { why }),
    revealRefused: (why) => fill('revealRefused', { why }),
    remove: WORDS.remove,
    removeLabel: (name) => fill('removeLabel', { name }),
    removeConfirm: (name) => fill('removeConfirm', { name }),
    removeRefused: (why) => fill('removeRefused', { why }),
  };

  const table = JSON.parse(document.getElementById('stance-table').textContent);
  const setup = JSON.parse(document.getElementById('stance-setup').textContent);
  const countsLine = document.getElementById('counts');
  const connection = document.getElementById('connection');
  const roster = document.getElementById('roster');
  const questionsBox = document.getElementById('questions');
  const recommendationsBox = document.getElementById('recommendations');
  const pathChoice = document.getElementById('path-choice');
  const divergenceBox = document.getElementById('divergence');

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  const questionIndex = new Map(table.questions.map((q, i) => [q.id, i]));

  /** What each choice of each question adds, from every state that asks it. */
  function addsByChoice(q) {
    const adds = table.questions[q].choices.map(() => []);
    for (const state of table.states) {
      if (state.question !== q) continue;
      for (const offer of state.offers) {
        for (const r of offer.adds) if (!adds[offer.choice].includes(r)) adds[offer.choice].push(r);
      }
    }
    return adds;
  }

  /** One question's panel, built once; `update` fills in the counts. */
  const panels = table.questions.map((question, q) => {
    const article = el('article', { class: 'question', 'data-question': question.id, 'aria-labelledby': 'q-' + q });
    article.append(el('h3', { id: 'q-' + q }, question.prompt));
    if (setup.role_notes && (question.facilitator_notes || (question.discussion && question.discussion.length))) {
      const aside = el('aside', { class: 'facilitator', 'aria-label': TEXT.facilitatorNotes });
      if (question.facilitator_notes) aside.append(el('p', {}, question.facilitator_notes));
      if (question.discussion && question.discussion.length) {
        aside.append(el('p', {}, TEXT.discussion), el('ul', {}, ...question.discussion.map((d) => el('li', {}, d))));
      }
      article.append(aside);
    }
    const bars = el('div', { class: 'bars', 'aria-hidden': 'true' });
    const rows = question.choices.map((choice) => {
      const bar = el('div', { class: 'bar' });
      const count = el('span', { class: 'count' }, '0');
      bars.append(el('span', { class: 'choice-label' }, choice.label), el('div', { class: 'bar-track' }, bar), count);
      return { bar, count };
    });
    const body = el('tbody');
    const cells = question.choices.map((choice) => {
      const cell = el('td', { class: 'num' }, '0');
      body.append(el('tr', { 'data-choice': choice.id }, el('th', { scope: 'row' }, choice.label), cell));
      return cell;
    });
    // Tables grow past any width they are given: the hidden box is a block around one.
    const countTable = el(
      'div',
      { class: 'visually-hidden' },
      el(
        'table',
        {},
      el('caption', {}, TEXT.tableCaption(question.prompt)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, TEXT.choice), el('th', { scope: 'col' }, TEXT.count))),
        body,
      ),
    );
    article.append(bars, countTable);
    const reveal = el('button', { type: 'button', 'data-action': 'reveal', 'data-question': question.id, 'aria-pressed': 'false' }, TEXT.reveal);
    const reasoning = el('div', { class: 'reasoning', 'data-reasoning': question.id });
    reasoning.hidden = true;
    const adds = addsByChoice(q);
    question.choices.forEach((choice, c) => {
      reasoning.append(el('h4', {}, TEXT.ifChosen(choice.label)));
      if (adds[c].length === 0) reasoning.append(el('p', { class: 'muted' }, TEXT.addsNothing));
      for (const r of adds[c]) {
        const rec = table.recommendations[r];
        reasoning.append(
          el(
            'div',
            { 'data-recommendation': rec.id },
            el('p', { class: 'rec-text' }, rec.text),
            el('span', { class: 'basis basis-' + rec.basis }, TEXT.basis[rec.basis] || rec.basis),
            el('p', { class: 'rationale' }, TEXT.why + rec.rationale),
            rec.cites.length ? el('ul', { class: 'cites' }, ...rec.cites.map((cite) => el('li', {}, cite))) : null,
          ),
        );
      }
    });
    reveal.addEventListener('click', () => {
      const shown = reveal.getAttribute('aria-pressed') !== 'true';
      post('/api/facilitator/reveal', { question: question.id, shown }, TEXT.revealRefused);
    });
    const notesBox = el('details', { class: 'notes', 'data-notes': question.id });
    const notesSummary = el('summary', {}, TEXT.notes(0));
    const notesList = el('ul');
    notesBox.append(notesSummary, notesList);
    notesBox.hidden = true;
    article.append(reveal, reasoning, notesBox);
    questionsBox.append(article);
    return { rows, cells, reveal, reasoning, notesBox, notesSummary, notesList };
  });

  const recommendationRows = new Map();
  const recBars = el('div', { class: 'bars', 'aria-hidden': 'true' });
  const recBody = el('tbody');
  for (const rec of table.recommendations) {
    const bar = el('div', { class: 'bar' });
    const count = el('span', { class: 'count' }, '0');
    recBars.append(el('span', { class: 'choice-label' }, rec.text), el('div', { class: 'bar-track' }, bar), count);
    const cell = el('td', { class: 'num' }, '0');
    recBody.append(el('tr', { 'data-recommendation': rec.id }, el('th', { scope: 'row' }, rec.text), cell));
    recommendationRows.set(rec.id, { bar, count, cell });
  }
  recommendationsBox.append(
    recBars,
    el(
      'div',
      { class: 'visually-hidden' },
      el(
        'table',
        {},
        el('caption', {}, TEXT.reachedCaption),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, TEXT.recommendation), el('th', { scope: 'col' }, TEXT.count))),
        recBody,
      ),
    ),
  );

  function setBar(bar, count, total) {
    // Widths through the style object, which the page's policy allows; no style attribute.
    bar.style.width = total > 0 ? Math.round((count / total) * 100) + '%' : '0';
  }

  let current = null;
  let shownPath = null;

  /** A participant's remove button: asks first, since the walk then no longer counts. */
  function removeButton(name) {
    const button = el('button', { type: 'button', class: 'remove', 'data-action': 'remove', 'aria-label': TEXT.removeLabel(name) }, TEXT.remove);
    button.dataset.name = name;
    button.addEventListener('click', () => {
      if (window.confirm(TEXT.removeConfirm(name))) post('/api/facilitator/remove', { name }, TEXT.removeRefused);
    });
    return button;
  }

  function update(data) {
    current = data;
    countsLine.textContent = TEXT.counts(data.participants, data.finished);
    roster.replaceChildren(
      ...(data.roster.length === 0
        ? [el('li', { class: 'nobody' }, TEXT.nobody)]
        : data.roster.map((p) =>
            el(
              'li',
              { class: p.ending ? 'finished' : '' },
              p.name,
              el('span', { class: 'where' }, p.ending ? TEXT.finished : TEXT.atQuestion(p.answered + 1)),
              removeButton(p.name),
            ),
          )),
    );
    table.questions.forEach((question, q) => {
      const panel = panels[q];
      const counts = data.answers[question.id] || {};
      const total = question.choices.reduce((sum, c) => sum + (counts[c.id] || 0), 0);
      question.choices.forEach((choice, c) => {
        const n = counts[choice.id] || 0;
        panel.rows[c].count.textContent = String(n);
        panel.cells[c].textContent = String(n);
        setBar(panel.rows[c].bar, n, total);
        const onPath = data.path.some((s) => s.question === question.id && s.choice === choice.id);
        panel.rows[c].bar.classList.toggle('on-path', onPath);
      });
      const shown = data.revealed.includes(question.id);
      panel.reveal.setAttribute('aria-pressed', shown ? 'true' : 'false');
      panel.reveal.textContent = shown ? TEXT.revealed : TEXT.reveal;
      panel.reasoning.hidden = !shown;
      const notes = data.notes[question.id] || [];
      panel.notesBox.hidden = notes.length === 0;
      panel.notesSummary.textContent = TEXT.notes(notes.length);
      panel.notesList.replaceChildren(
        ...notes.map((n) => el('li', {}, el('span', { class: 'who' }, n.name + ': '), n.note)),
      );
    });
    for (const [id, row] of recommendationRows) {
      const n = data.recommendations[id] || 0;
      row.count.textContent = String(n);
      row.cell.textContent = String(n);
      setBar(row.bar, n, data.finished);
    }
    const pathKey = JSON.stringify(data.path);
    if (pathKey !== shownPath) {
      shownPath = pathKey;
      drawPathChoice(data.path);
    }
    drawDivergence(data);
  }

  /** One select per step of the path, each offering what the walk offers there. */
  function drawPathChoice(path) {
    const box = el('div');
    let state = 0;
    let n = 0;
    for (;;) {
      const here = table.states[state];
      if (here.question === undefined) {
        box.append(el('p', {}, TEXT.pathEnded));
        break;
      }
      const question = table.questions[here.question];
      const id = 'path-' + n;
      const select = el('select', { id, 'data-path-step': n, 'data-question': question.id });
      select.append(el('option', { value: '' }, TEXT.pathNone));
      for (const offer of here.offers) {
        const choice = question.choices[offer.choice];
        select.append(el('option', { value: choice.id }, choice.label));
      }
      const taken = path[n] && path[n].question === question.id ? path[n].choice : '';
      select.value = taken;
      const step = n;
      select.addEventListener('change', () => choosePath(step, question.id, select.value));
      box.append(el('div', { class: 'path-step' }, el('label', { for: id }, TEXT.pathStep(n + 1, question.prompt)), select));
      if (!taken) break;
      const offer = here.offers.find((o) => question.choices[o.choice].id === taken);
      if (!offer) break;
      state = offer.next;
      n += 1;
    }
    pathChoice.replaceChildren(box);
  }

  function choosePath(step, question, choice) {
    const steps = (current ? current.path : []).slice(0, step);
    if (choice) steps.push({ question, choice });
    post('/api/facilitator/path', { steps }, TEXT.pathRefused);
  }

  function labelOf(questionId, choiceId) {
    const q = questionIndex.get(questionId);
    if (q === undefined) return choiceId;
    const choice = table.questions[q].choices.find((c) => c.id === choiceId);
    return choice ? choice.label : choiceId;
  }

  function drawDivergence(data) {
    if (data.divergence.length === 0) {
      divergenceBox.replaceChildren(el('p', { class: 'muted' }, TEXT.noPath));
      return;
    }
    const body = el('tbody');
    for (const row of data.divergence) {
      const q = questionIndex.get(row.question);
      const left = Object.entries(row.left).map(([choice, n]) => labelOf(row.question, choice) + ': ' + n);
      body.append(
        el(
          'tr',
          { 'data-question': row.question },
          el('th', { scope: 'row' }, q === undefined ? row.question : table.questions[q].prompt),
          el('td', {}, labelOf(row.question, row.choice)),
          el('td', { class: 'num' }, String(row.reached)),
          el('td', { class: 'num' }, String(row.stayed)),
          el('td', {}, left.join(' · ')),
        ),
      );
    }
    divergenceBox.replaceChildren(
      el(
        'table',
        { class: 'divergence' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...[TEXT.divergenceQuestion, TEXT.divergencePath, TEXT.divergenceReached, TEXT.divergenceStayed, TEXT.divergenceLeft].map(
              (h) => el('th', { scope: 'col' }, h),
            ),
          ),
        ),
        body,
      ),
    );
  }

  async function post(path, body, refused) {
    let response;
    try {
      response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (e) {
      connection.textContent = TEXT.reconnecting;
      return;
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      connection.textContent = refused(typeof problem.error === 'string' ? problem.error : String(response.status));
    }
  }

  function listen() {
    const stream = new EventSource('/api/dashboard/stream');
    stream.addEventListener('dashboard', (event) => {
      connection.textContent = TEXT.live;
      try {
        update(JSON.parse(event.data));
      } catch (e) {
        connection.textContent = TEXT.lost;
      }
    });
    stream.addEventListener('error', () => {
      connection.textContent = stream.readyState === EventSource.CLOSED ? TEXT.lost : TEXT.reconnecting;
      if (stream.readyState === EventSource.CLOSED) {
        // The server may be restarting: try again in a few seconds.
        window.setTimeout(listen, 3000);
      }
    });
  }

  listen();
})();
