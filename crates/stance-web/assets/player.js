// stance's browser player. It follows the table stance compiled (`stance-table/1` in the
// `#stance-table` block): every condition was decided in Rust, so this script only looks
// up states. Text reaches the page through `textContent`, never as markup.
'use strict';
(function () {
  // Every sentence the page says, in the page's language: stance puts its words in the
  // `#stance-words` block, each with `{name}` where an argument goes.
  const WORDS = JSON.parse(document.getElementById('stance-words').textContent);
  const fill = (key, args) => WORDS[key].replace(/\{(\w+)\}/g, (whole, name) => String(args[name]));
  const TEXT = {
    question: (n) => fill('question', { n }),
    background: WORDS.background,
    facilitatorNotes: WORDS.facilitatorNotes,
    discussion: WORDS.discussion,
    yourAnswer: WORDS.yourAnswer,
    adds: WORDS.adds,
    addsNothing: WORDS.addsNothing,
    noChoice: WORDS.noChoice,
    noteLabel: WORDS.noteLabel,
    back: WORDS.back,
    restart: WORDS.restart,
    print: WORDS.print,
    stanceHeading: WORDS.stanceHeading,
    walkedBy: (name) => fill('walkedBy', { name }),
    noRecommendation: WORDS.noRecommendation,
    basis: { explicit: WORDS.basisExplicit, inferred: WORDS.basisInferred },
    why: WORDS.why,
    pathHeading: WORDS.pathHeading,
    yourNote: WORDS.yourNote,
    handIn: WORDS.handIn,
    answered: (label, n) => fill('answered', { label, n }),
    answeredLast: (label) => fill('answeredLast', { label }),
    undone: (label) => fill('undone', { label }),
    restarted: WORDS.restarted,
    confirmRestart: WORDS.confirmRestart,
    resumed: (n) => fill('resumed', { n }),
    resumedEnd: WORDS.resumedEnd,
    cannotSave: WORDS.cannotSave,
    keptNoLongerFits: (n) => fill('keptNoLongerFits', { n }),
    keptUnreadable: WORDS.keptUnreadable,
    downloaded: (file) => fill('downloaded', { file }),
    tooBig: (file) => fill('tooBig', { file }),
    notJson: (file) => fill('notJson', { file }),
    notRecord: (file) => fill('notRecord', { file }),
    quizRecord: (file) => fill('quizRecord', { file }),
    otherScenario: (file, id) => fill('otherScenario', { file, id, scenario: table.scenario.id }),
    badStep: (file, n) => fill('badStep', { file, n }),
    tooManySteps: (file) => fill('tooManySteps', { file }),
    unfit: (file, n, question, choice) => fill('unfit', { file, n, question, choice }),
    confirmReplace: WORDS.confirmReplace,
    loaded: (file, n) => fill('loaded', { file, n }),
    loadedEnd: (file) => fill('loadedEnd', { file }),
    joinHeading: WORDS.joinHeading,
    liveRecord: WORDS.liveRecord,
    joinIntro: (code) => fill('joinIntro', { code }),
    joinName: WORDS.joinName,
    join: WORDS.join,
    joining: WORDS.joining,
    joinUnreachable: WORDS.joinUnreachable,
    joined: (name) => fill('joined', { name }),
    liveSaved: WORDS.liveSaved,
    liveSending: WORDS.liveSending,
    liveOffline: WORDS.liveOffline,
    liveBack: WORDS.liveBack,
    liveForgotten: WORDS.liveForgotten,
    liveRemoved: WORDS.liveRemoved,
    liveTakenServer: (why) => (why ? fill('liveTakenServerWhy', { why }) : WORDS.liveTakenServer),
    confirmRestartLive: WORDS.confirmRestartLive,
    otherVersion: WORDS.otherVersion,
  };
  const RECORD_FORMAT = 'stance-record/1';
  const MAX_RECORD_BYTES = 1024 * 1024;
  /** The longest note the page takes, so that a record stays well within what it loads. */
  const MAX_NOTE_CHARS = 10000;
  /** A time as records hold it: RFC 3339, as `stance play --record` writes and reads it. */
  const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

  const table = JSON.parse(document.getElementById('stance-table').textContent);
  /** The live session this page belongs to (`{code}`), or null for a page on its own. */
  const live = JSON.parse(document.getElementById('stance-live').textContent);
  const facilitator = table.role === 'facilitator';
  const storageKey = 'stance-walk:' + table.scenario.id + ':' + table.scenario.hash;
  const screen = document.getElementById('screen');
  const announcer = document.getElementById('announce');
  const saveNote = document.getElementById('save-note');
  const recordNote = document.getElementById('record-note');
  const nameField = document.getElementById('name');
  const fileInput = document.getElementById('record-file');
  const summary = document.querySelector('header .summary');

  /** The walk: the states visited (the first is 0), the steps taken, notes by question id. */
  let walk = fresh();

  function now() {
    return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  function fresh() {
    const time = now();
    return { started: time, updated: time, visited: [0], steps: [], notes: noNotes() };
  }

  /**
   * Notes by question id, in an object with no prototype: a question may be called
   * `constructor`, which an ordinary object would answer with a function of its own.
   */
  function noNotes() {
    return Object.create(null);
  }

  /** The note on question `id`, or ''. */
  function noteOf(id) {
    const note = walk.notes[id];
    return typeof note === 'string' ? note : '';
  }

  /** Whether the page holds anything a person would lose: answers, notes or a name. */
  function anythingToLose() {
    return walk.steps.length > 0 || Object.keys(walk.notes).length > 0 || nameField.value.trim() !== '';
  }

  /** `value` if it is a time a record may hold, in the form the page writes; else now. */
  function timeOr(value) {
    if (typeof value !== 'string' || !RFC3339.test(value)) return now();
    const ms = Date.parse(value);
    const year = new Date(ms).getUTCFullYear();
    if (Number.isNaN(ms) || year < 1970 || year > 9999) return now();
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** An element with attributes and children; strings become text nodes. */
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

  let announced = false;
  function announce(text) {
    // A trailing no-break space every other time, so that the same sentence twice is a change
    // a screen reader announces.
    announced = !announced;
    announcer.textContent = announced ? text : text + '\u00a0';
  }

  function here() {
    return walk.visited[walk.visited.length - 1];
  }

  /** The steps, by question and choice id, replayed from the first state. */
  function replay(steps) {
    const visited = [0];
    const taken = [];
    for (let i = 0; i < steps.length; i++) {
      const state = table.states[visited[visited.length - 1]];
      const step = steps[i];
      if (state.question === undefined || table.questions[state.question].id !== step.question) {
        return { visited, steps: taken, failed: i };
      }
      const choices = table.questions[state.question].choices;
      const offer = state.offers.find((o) => choices[o.choice].id === step.choice);
      if (!offer) return { visited, steps: taken, failed: i };
      taken.push({ question: state.question, choice: offer.choice, offer });
      visited.push(offer.next);
    }
    return { visited, steps: taken, failed: null };
  }

  function stepIds(step) {
    const question = table.questions[step.question];
    return { question: question.id, choice: question.choices[step.choice].id };
  }

  function save() {
    walk.updated = now();
    if (live) return keepSession();
    const kept = {
      v: 1,
      name: nameField.value,
      started: walk.started,
      updated: walk.updated,
      steps: walk.steps.map(stepIds),
      notes: walk.notes,
    };
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(kept));
      saveNote.textContent = '';
    } catch (e) {
      if (saveNote.textContent === '') announce(TEXT.cannotSave);
      saveNote.textContent = TEXT.cannotSave;
    }
  }

  function restore() {
    let text = null;
    try {
      // A private window may read but refuse to write; find out before the player relies on it.
      window.localStorage.setItem(storageKey + ':probe', '1');
      window.localStorage.removeItem(storageKey + ':probe');
    } catch (e) {
      saveNote.textContent = TEXT.cannotSave;
      announce(TEXT.cannotSave);
    }
    try {
      text = window.localStorage.getItem(storageKey);
    } catch (e) {
      return;
    }
    if (text === null) return;
    let kept;
    try {
      kept = JSON.parse(text);
    } catch (e) {
      kept = null;
    }
    if (!kept || typeof kept !== 'object' || !Array.isArray(kept.steps) || !wellFormedSteps(kept.steps)) {
      announce(TEXT.keptUnreadable);
      return;
    }
    const replayed = replay(kept.steps);
    walk = {
      started: timeOr(kept.started),
      updated: timeOr(kept.updated),
      visited: replayed.visited,
      steps: replayed.steps,
      notes: cleanNotes(kept.notes),
    };
    if (typeof kept.name === 'string') nameField.value = kept.name;
    if (replayed.failed !== null) {
      announce(TEXT.keptNoLongerFits(walk.steps.length + 1));
    } else if (walk.steps.length > 0) {
      announce(atEnd() ? TEXT.resumedEnd : TEXT.resumed(walk.steps.length + 1));
    }
  }

  function wellFormedSteps(steps) {
    return steps.every((s) => s && typeof s.question === 'string' && typeof s.choice === 'string');
  }

  /** Notes by the id of a question the scenario has; anything else is dropped. */
  function cleanNotes(notes) {
    const clean = noNotes();
    if (!notes || typeof notes !== 'object') return clean;
    for (const question of table.questions) {
      const note = Object.prototype.hasOwnProperty.call(notes, question.id) ? notes[question.id] : null;
      if (typeof note === 'string' && note.trim() !== '') clean[question.id] = note.slice(0, MAX_NOTE_CHARS);
    }
    return clean;
  }

  function atEnd() {
    return table.states[here()].ending !== undefined;
  }

  function render(focus) {
    // The summary introduces the walk; once under way it would push each question off a phone's screen.
    if (summary) summary.hidden = walk.steps.length > 0;
    screen.replaceChildren(atEnd() ? stanceScreen() : questionScreen());
    if (focus) {
      const heading = screen.querySelector('h2');
      if (heading) heading.focus();
    }
  }

  function questionScreen() {
    const state = table.states[here()];
    const question = table.questions[state.question];
    const number = walk.steps.length + 1;
    const section = el('section', { 'data-question': question.id, 'aria-labelledby': 'question-heading' });
    section.append(el('p', { class: 'progress' }, TEXT.question(number)));
    section.append(el('h2', { id: 'question-heading', tabindex: '-1' }, question.prompt));
    // Where the essay grounds the question: read before answering, as the prompt is.
    if (question.cites) section.append(cites('question-cites', question.cites));
    if (question.context) {
      section.append(
        el('details', {}, el('summary', {}, TEXT.background), el('p', { class: 'context' }, question.context)),
      );
    }
    if (facilitator && (question.facilitator_notes || question.discussion)) {
      const aside = el('aside', { class: 'facilitator', 'aria-label': TEXT.facilitatorNotes });
      if (question.facilitator_notes) {
        aside.append(el('h3', {}, TEXT.facilitatorNotes), el('p', { class: 'context' }, question.facilitator_notes));
      }
      if (question.discussion) {
        aside.append(el('h3', {}, TEXT.discussion), el('ul', {}, ...question.discussion.map((d) => el('li', {}, d))));
      }
      section.append(aside);
    }
    const fieldset = el('fieldset', {}, el('legend', {}, TEXT.yourAnswer));
    const choices = el('div', { class: 'choices' });
    state.offers.forEach((offer, i) => {
      const choice = question.choices[offer.choice];
      const button = el('button', { type: 'button', class: 'choice', 'data-choice': choice.id }, choice.label);
      button.addEventListener('click', () => answer(offer));
      choices.append(button);
      if (facilitator) {
        const id = 'adds-' + i;
        button.setAttribute('aria-describedby', id);
        const texts = offer.adds.map((r) => table.recommendations[r].text);
        choices.append(el('p', { class: 'adds', id }, texts.length ? TEXT.adds + texts.join(' · ') : TEXT.addsNothing));
      }
    });
    if (state.offers.length === 0) choices.append(el('p', { class: 'warning' }, TEXT.noChoice));
    choices.addEventListener('keydown', moveBetweenChoices);
    fieldset.append(choices);
    section.append(fieldset);
    const note = el('textarea', { id: 'note', name: 'note', maxlength: MAX_NOTE_CHARS });
    note.value = noteOf(question.id);
    note.addEventListener('input', () => {
      if (note.value.trim() === '') delete walk.notes[question.id];
      else walk.notes[question.id] = note.value;
      save();
      if (live) sendNoteSoon(question.id);
    });
    if (live) note.addEventListener('blur', sendNoteNow);
    section.append(el('label', { for: 'note' }, TEXT.noteLabel), note);
    section.append(actions(false));
    return section;
  }

  /** Arrow keys move between the choices, as in a menu; Tab still moves through them too. */
  function moveBetweenChoices(event) {
    const buttons = Array.from(event.currentTarget.querySelectorAll('button[data-choice]'));
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    let to = null;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') to = (at + 1) % buttons.length;
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') to = (at - 1 + buttons.length) % buttons.length;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = buttons.length - 1;
    if (to === null) return;
    event.preventDefault();
    buttons[to].focus();
  }

  function actions(ended) {
    const bar = el('div', { class: 'actions' });
    const back = el('button', { type: 'button', 'data-action': 'back' }, TEXT.back);
    back.disabled = walk.steps.length === 0;
    back.addEventListener('click', goBack);
    const restart = el('button', { type: 'button', 'data-action': 'restart' }, TEXT.restart);
    restart.addEventListener('click', startOver);
    bar.append(back, restart);
    if (ended) {
      const print = el('button', { type: 'button', 'data-action': 'print' }, TEXT.print);
      print.addEventListener('click', () => window.print());
      bar.append(print);
    }
    return bar;
  }

  function stanceScreen() {
    const state = table.states[here()];
    const ending = table.endings[state.ending];
    const section = el('section', { 'data-stance': ending.id, 'aria-labelledby': 'stance-heading' });
    section.append(el('h2', { id: 'stance-heading', tabindex: '-1' }, TEXT.stanceHeading));
    // Printed and handed in on paper, the stance says whose it is.
    const name = nameField.value.trim();
    if (name) section.append(el('p', { class: 'walker' }, TEXT.walkedBy(name)));
    // The state says which of the ending's headlines this walk gets, if any.
    if (state.headline !== undefined) {
      section.append(el('p', { class: 'headline' }, ending.headlines[state.headline]));
    }
    const stance = [];
    for (const adds of walk.steps.map((s) => s.offer.adds).concat([state.adds])) {
      for (const r of adds) if (!stance.includes(r)) stance.push(r);
    }
    if (stance.length === 0) section.append(el('p', {}, TEXT.noRecommendation));
    const list = el('ol', { class: 'recommendations' });
    for (const r of stance) {
      const rec = table.recommendations[r];
      list.append(
        el(
          'li',
          { 'data-recommendation': rec.id },
          el('p', { class: 'rec-text' }, rec.text),
          el('span', { class: 'basis basis-' + rec.basis }, TEXT.basis[rec.basis] || rec.basis),
          el('p', { class: 'rationale' }, TEXT.why + rec.rationale),
          rec.cites.length ? cites('cites', rec.cites) : null,
        ),
      );
    }
    if (stance.length) section.append(list);
    section.append(el('h3', {}, TEXT.pathHeading));
    const path = el('ol', { class: 'path' });
    for (const step of walk.steps) {
      const question = table.questions[step.question];
      const choice = question.choices[step.choice];
      const note = noteOf(question.id).trim();
      path.append(
        el(
          'li',
          {},
          el('span', {}, question.prompt),
          el('br'),
          el('span', { class: 'answer' }, '→ ' + choice.label),
          choice.cites ? cites('cites choice-cites', choice.cites) : null,
          note ? el('p', { class: 'note' }, TEXT.yourNote + note) : null,
        ),
      );
    }
    section.append(path);
    section.append(el('p', { class: 'muted no-print' }, TEXT.handIn));
    section.append(actions(true));
    return section;
  }

  /** A list of citations, each `¶N “quote”` as the table gives it. */
  function cites(className, list) {
    return el('ul', { class: className }, ...list.map((c) => el('li', {}, c)));
  }

  function answer(offer) {
    const state = table.states[here()];
    const label = table.questions[state.question].choices[offer.choice].label;
    if (live) {
      sendNoteNow();
      const question = table.questions[state.question];
      send({ type: 'answer', question: question.id, choice: question.choices[offer.choice].id });
    }
    walk.steps.push({ question: state.question, choice: offer.choice, offer });
    walk.visited.push(offer.next);
    save();
    render(true);
    announce(atEnd() ? TEXT.answeredLast(label) : TEXT.answered(label, walk.steps.length + 1));
  }

  function goBack() {
    if (live && walk.steps.length > 0) {
      sendNoteNow();
      send({ type: 'back' });
    }
    const step = walk.steps.pop();
    if (!step) return;
    walk.visited.pop();
    save();
    render(true);
    announce(TEXT.undone(table.questions[step.question].choices[step.choice].label));
  }

  function startOver() {
    if (live) {
      if (walk.steps.length > 0 && !window.confirm(TEXT.confirmRestartLive)) return;
      sendNoteNow();
      send({ type: 'restart' });
      walk.visited = [0];
      walk.steps = [];
      save();
      render(true);
      announce(TEXT.restarted);
      return;
    }
    if (anythingToLose() && !window.confirm(TEXT.confirmRestart)) return;
    walk = fresh();
    // On a shared computer the next student starts here: the name goes with the walk.
    nameField.value = '';
    recordNote.textContent = '';
    save();
    render(true);
    announce(TEXT.restarted);
  }

  /** The walk as a `stance-record/1`, field for field as `stance play --record` writes it. */
  function record() {
    const steps = walk.steps.map((step) => {
      const ids = stepIds(step);
      // Trimmed, and left out when blank, as `stance play` keeps notes.
      const note = noteOf(ids.question).trim();
      return note ? { question: ids.question, choice: ids.choice, note } : ids;
    });
    const answered = new Set(steps.map((s) => s.question));
    const notes = table.questions
      .filter((q) => noteOf(q.id).trim() !== '' && !answered.has(q.id))
      .map((q) => ({ question: q.id, note: noteOf(q.id).trim() }));
    const name = nameField.value.trim();
    const made = {
      format: RECORD_FORMAT,
      kind: 'play',
      scenario: { id: table.scenario.id, title: table.scenario.title, hash: table.scenario.hash },
      name: name === '' ? null : name,
      started: walk.started,
      updated: walk.updated,
      finished: atEnd(),
      steps,
    };
    if (notes.length) made.notes = notes;
    return made;
  }

  function recordFileName() {
    // Letters and digits of any script, so that names in Korean or with accents tell files apart.
    const slug = Array.from(
      nameField.value
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
      .slice(0, 40)
      .join('')
      .replace(/-+$/, '');
    return table.scenario.id + (slug ? '-' + slug : '') + '.json';
  }

  function download() {
    const file = recordFileName();
    const blob = new Blob([JSON.stringify(record(), null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: file });
    document.body.append(link);
    link.click();
    link.remove();
    // The download has its own copy once it starts; the address is released after it.
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
    recordNote.textContent = '';
    announce(TEXT.downloaded(file));
  }

  function refuse(text) {
    recordNote.textContent = text;
    announce(text);
  }

  function loadRecord(file, text) {
    let made;
    try {
      made = JSON.parse(text);
    } catch (e) {
      return refuse(TEXT.notJson(file));
    }
    if (!made || typeof made !== 'object' || made.format !== RECORD_FORMAT) return refuse(TEXT.notRecord(file));
    if (made.kind !== 'play') return refuse(TEXT.quizRecord(file));
    const scenario = made.scenario && typeof made.scenario === 'object' ? made.scenario : {};
    if (scenario.id !== table.scenario.id) return refuse(TEXT.otherScenario(file, String(scenario.id)));
    if (!Array.isArray(made.steps)) return refuse(TEXT.notRecord(file));
    if (made.steps.length > table.questions.length) return refuse(TEXT.tooManySteps(file));
    for (let i = 0; i < made.steps.length; i++) {
      if (!wellFormedSteps([made.steps[i]])) return refuse(TEXT.badStep(file, i + 1));
    }
    const replayed = replay(made.steps);
    if (replayed.failed !== null) {
      const step = made.steps[replayed.failed];
      return refuse(TEXT.unfit(file, replayed.failed + 1, step.question, step.choice));
    }
    if (anythingToLose() && !window.confirm(TEXT.confirmReplace)) return;
    const notes = noNotes();
    for (const step of made.steps) if (typeof step.note === 'string') notes[step.question] = step.note;
    if (Array.isArray(made.notes)) {
      for (const n of made.notes) {
        if (n && typeof n.question === 'string' && typeof n.note === 'string') notes[n.question] = n.note;
      }
    }
    walk = {
      started: timeOr(made.started),
      updated: now(),
      visited: replayed.visited,
      steps: replayed.steps,
      notes: cleanNotes(notes),
    };
    nameField.value = typeof made.name === 'string' ? made.name : '';
    recordNote.textContent = scenario.hash === table.scenario.hash ? '' : TEXT.otherVersion;
    save();
    render(true);
    announce(atEnd() ? TEXT.loadedEnd(file) : TEXT.loaded(file, walk.steps.length + 1));
  }

  document.querySelector('[data-action="download-record"]').addEventListener('click', download);
  document.querySelector('[data-action="load-record"]').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files && fileInput.files[0];
    fileInput.value = '';
    if (!file) return;
    if (file.size > MAX_RECORD_BYTES) return refuse(TEXT.tooBig(file.name));
    file.text().then(
      (text) => loadRecord(file.name, text),
      () => refuse(TEXT.notRecord(file.name)),
    );
  });
  nameField.addEventListener('input', () => {
    save();
    const walker = screen.querySelector('.walker');
    const name = nameField.value.trim();
    if (walker && name) walker.textContent = TEXT.walkedBy(name);
    else if (atEnd()) render(false);
  });

  // The live session: the page joins it, then sends each step to the class server, which
  // keeps the walk. Requests are numbered and kept in this browser until the server takes
  // them, so that a reload or a dropped connection loses nothing and a retry counts once.

  /** This page's membership: token, name, the last request number, requests not yet taken. */
  let session = null;
  const sessionKey = live ? 'stance-live:' + live.code + ':' + table.scenario.hash : '';
  const liveStatus = document.getElementById('live-status');
  const recordSection = document.querySelector('section.record');

  /** The join screen, in place of the walk; the record waits until there is a walk. */
  function showJoin(message) {
    if (recordSection) recordSection.hidden = true;
    setStatus('');
    screen.replaceChildren(joinScreen(message));
  }
  let flushing = false;
  let retryTimer = null;
  let retryDelay = 1000;
  let offline = false;
  let noteTimer = null;
  let notePending = null;

  function keepSession() {
    if (!session) return;
    session.steps = walk.steps.map(stepIds);
    session.notes = walk.notes;
    try {
      window.localStorage.setItem(sessionKey, JSON.stringify(session));
      saveNote.textContent = '';
    } catch (e) {
      // The server keeps the walk; only a reload while offline would lose what is unsent.
    }
  }

  function readSession() {
    let kept = null;
    try {
      kept = JSON.parse(window.localStorage.getItem(sessionKey) || 'null');
    } catch (e) {
      kept = null;
    }
    if (!kept || typeof kept !== 'object' || typeof kept.token !== 'string' || typeof kept.name !== 'string') return null;
    return {
      token: kept.token,
      name: kept.name,
      seq: Number.isSafeInteger(kept.seq) && kept.seq >= 0 ? kept.seq : 0,
      outbox: Array.isArray(kept.outbox) ? kept.outbox.filter((o) => o && Number.isSafeInteger(o.seq) && o.command) : [],
      steps: Array.isArray(kept.steps) && wellFormedSteps(kept.steps) ? kept.steps : [],
      notes: cleanNotes(kept.notes),
    };
  }

  function setStatus(text) {
    if (liveStatus) liveStatus.textContent = text;
  }

  function newToken() {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function api(path, options) {
    const headers = { 'Content-Type': 'application/json' };
    if (session) headers.Authorization = 'Bearer ' + session.token;
    return fetch(path, Object.assign({ headers, cache: 'no-store' }, options || {}));
  }

  function send(command) {
    session.seq += 1;
    session.outbox.push({ seq: session.seq, command });
    keepSession();
    flush();
  }

  function sendNoteSoon(question) {
    notePending = question;
    window.clearTimeout(noteTimer);
    noteTimer = window.setTimeout(sendNoteNow, 800);
  }

  function sendNoteNow() {
    window.clearTimeout(noteTimer);
    if (notePending === null || !session) return;
    const question = notePending;
    notePending = null;
    send({ type: 'note', question, note: noteOf(question) });
  }

  function retryLater(ms) {
    if (!offline) announce(TEXT.liveOffline);
    offline = true;
    setStatus(TEXT.liveOffline);
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(flush, ms || retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
  }

  async function flush() {
    if (flushing || !session) return;
    flushing = true;
    try {
      while (session.outbox.length > 0) {
        setStatus(TEXT.liveSending);
        const item = session.outbox[0];
        let response;
        try {
          response = await api('/api/requests', { method: 'POST', body: JSON.stringify(item) });
        } catch (e) {
          return retryLater();
        }
        if (response.ok) {
          session.outbox.shift();
          keepSession();
          continue;
        }
        if (response.status === 429 || response.status >= 500) {
          const wait = Number(response.headers.get('Retry-After'));
          return retryLater(Number.isFinite(wait) && wait > 0 ? wait * 1000 : undefined);
        }
        if (response.status === 401) return forget(TEXT.liveForgotten);
        const problem = await response.json().catch(() => ({}));
        if (problem.code === 'removed') return removed();
        return resync(typeof problem.error === 'string' ? problem.error : '');
      }
      retryDelay = 1000;
      if (offline) announce(TEXT.liveBack);
      offline = false;
      setStatus(TEXT.liveSaved);
    } finally {
      flushing = false;
    }
  }

  /**
   * The facilitator removed this page: it stops, and says so, without a way to join again;
   * its token stays kept, so that a reload says the same.
   */
  function removed() {
    session = null;
    walk = fresh();
    if (recordSection) recordSection.hidden = true;
    setStatus('');
    screen.replaceChildren(el('p', { id: 'live-removed', role: 'alert' }, TEXT.liveRemoved));
    announce(TEXT.liveRemoved);
  }

  function forget(message) {
    session = null;
    try {
      window.localStorage.removeItem(sessionKey);
    } catch (e) {
      // Nothing kept, nothing to remove.
    }
    walk = fresh();
    showJoin(message);
    announce(message);
  }

  /** The walk the server keeps, with this page's requests it has not taken yet on top. */
  function adopt(server, why) {
    const replayed = replay(Array.isArray(server.steps) ? server.steps : []);
    walk = { started: walk.started, updated: now(), visited: replayed.visited, steps: replayed.steps, notes: cleanNotes(server.notes) };
    session.name = typeof server.name === 'string' ? server.name : session.name;
    nameField.value = session.name;
    const serverSeq = Number.isSafeInteger(server.seq) ? server.seq : 0;
    const pending = session.outbox.filter((o) => o.seq > serverSeq);
    session.outbox = [];
    session.seq = serverSeq;
    for (const item of pending) {
      if (!applyLocally(item.command)) break;
      session.seq += 1;
      session.outbox.push({ seq: session.seq, command: item.command });
    }
    keepSession();
    if (recordSection) recordSection.hidden = false;
    render(false);
    if (why !== undefined) announce(TEXT.liveTakenServer(why));
  }

  function applyLocally(command) {
    if (command.type === 'answer') {
      const state = table.states[here()];
      if (state.question === undefined || table.questions[state.question].id !== command.question) return false;
      const choices = table.questions[state.question].choices;
      const offer = state.offers.find((o) => choices[o.choice].id === command.choice);
      if (!offer) return false;
      walk.steps.push({ question: state.question, choice: offer.choice, offer });
      walk.visited.push(offer.next);
    } else if (command.type === 'back') {
      if (walk.steps.length === 0) return false;
      walk.steps.pop();
      walk.visited.pop();
    } else if (command.type === 'restart') {
      walk.steps = [];
      walk.visited = [0];
    } else if (command.type === 'note') {
      if (typeof command.note !== 'string' || command.note.trim() === '') delete walk.notes[command.question];
      else walk.notes[command.question] = command.note;
    } else {
      return false;
    }
    return true;
  }

  async function resync(why) {
    let response;
    try {
      response = await api('/api/me');
    } catch (e) {
      return retryLater();
    }
    if (response.status === 401) return forget(TEXT.liveForgotten);
    if (response.status === 403) return removed();
    if (!response.ok) return retryLater();
    const server = await response.json().catch(() => null);
    if (!server) return retryLater();
    if (why !== undefined) session.outbox = [];
    adopt(server, why);
    if (session.outbox.length > 0) flush();
    else setStatus(TEXT.liveSaved);
  }

  function joinScreen(message) {
    const section = el('section', { 'data-join': live.code, 'aria-labelledby': 'join-heading' });
    section.append(el('h2', { id: 'join-heading', tabindex: '-1' }, TEXT.joinHeading));
    section.append(el('p', {}, TEXT.joinIntro(live.code)));
    const form = el('form', { class: 'join', novalidate: true });
    const input = el('input', {
      type: 'text',
      id: 'join-name',
      name: 'name',
      maxlength: 60,
      autocomplete: 'nickname',
      required: true,
      'aria-describedby': 'join-error',
    });
    const button = el('button', { type: 'submit', 'data-action': 'join' }, TEXT.join);
    const error = el('p', { class: 'warning', id: 'join-error', role: 'alert' }, message || '');
    form.append(el('label', { for: 'join-name' }, TEXT.joinName), input, button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      join(input.value, button, error);
    });
    section.append(form, error);
    return section;
  }

  let joinToken = null;
  async function join(name, button, error) {
    // One token per attempt to join, reused by a retry, so that a lost answer joins once.
    joinToken = joinToken || newToken();
    button.disabled = true;
    button.textContent = TEXT.joining;
    let response;
    try {
      response = await fetch('/api/join', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: live.code, name, token: joinToken }),
      });
    } catch (e) {
      response = null;
    }
    button.disabled = false;
    button.textContent = TEXT.join;
    if (!response) {
      error.textContent = TEXT.joinUnreachable;
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      error.textContent = typeof answer.error === 'string' ? answer.error : TEXT.joinUnreachable;
      if (answer.code === 'already_joined' || answer.code === 'bad_token') joinToken = null;
      return;
    }
    session = { token: joinToken, name: answer.name, seq: 0, outbox: [], steps: [], notes: noNotes() };
    joinToken = null;
    nameField.value = answer.name;
    keepSession();
    await resync();
    announce(TEXT.joined(answer.name));
    const heading = screen.querySelector('h2');
    if (heading) heading.focus();
  }

  function bootLive() {
    // The name is the one joined with; records are not loaded here, the server keeps the walk.
    for (const hidden of [nameField, document.querySelector('label[for="name"]'), document.querySelector('[data-action="load-record"]')]) {
      if (hidden) hidden.hidden = true;
    }
    const explained = recordSection && recordSection.querySelector('.muted');
    if (explained) explained.textContent = TEXT.liveRecord;
    session = readSession();
    if (!session) {
      showJoin('');
      return;
    }
    nameField.value = session.name;
    const replayed = replay(session.steps);
    walk = { started: walk.started, updated: walk.updated, visited: replayed.visited, steps: replayed.steps, notes: session.notes };
    render(false);
    resync();
  }

  if (live) {
    bootLive();
  } else {
    restore();
    render(false);
  }
})();
