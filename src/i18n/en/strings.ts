/**
 * Every English string of the site, by area: `site` (the layout), `demo` (the demos), `embed` (the Embed
 * disclosure and the embed pages), `element` (the custom element's own messages) and `linux` (the panels of
 * what Linux did). English is the reference: every other locale's file has exactly these keys (src/i18n/strings.ts
 * checks that with `satisfies`). Braces mark a value filled in ({t}, {done}); nothing here is markup.
 * Each area is its own export so that a bundle takes only what it uses (the custom element takes `element`).
 */
import type { EventLabel, ModelId } from '~/sim/types';
import type { Narration } from '../demo';
import type { TraceName } from '../linux';
import type { ExperimentId } from '~/demo/experiments';

/** The layout: navigation, search, theme, pager, footer, 404. */
export const site = {
  'site.name': 'I/O models',
  'site.tagline': 'The five network I/O models, step by step',
  'skip': 'Skip to content',
  'nav.label': 'Pages',
  'nav.open': 'Menu',
  'nav.models': 'The five models',
  'toc.label': 'On this page',
  'lang.readHere': 'Read this page in English',
  'theme.toggle': 'Dark theme',
  'search.open': 'Search',
  'search.label': 'Search the site',
  'search.placeholder': 'Search…',
  'search.close': 'Close',
  'search.none': 'No results.',
  'search.error': 'Search is unavailable: its index was not found.',
  'search.loading': 'Loading…',
  'pager.label': 'Previous and next pages',
  'pager.prev': 'Previous',
  'pager.next': 'Next',
  'code.copy': 'Copy',
  'code.copied': 'Copied',
  'footer.text': 'Sources: Stevens, UNIX Network Programming vol. 1, §6.2; POSIX.1-2024. No cookies, no trackers.',
  'notfound.title': 'Page not found',
  'notfound.text': 'There is no page at this address. Try the home page or the search.',
  'notfound.home': 'Go to the home page',
};

const copy = 'the kernel copies the datagram into the process\'s buffer; the process is blocked in recvfrom while it does: phase 2.';
const complete = 'the copy is complete; the datagram is in the process\'s buffer.';
const ready = 'the datagram has arrived and is complete in the kernel buffer.';

/** The demos: controls, legend, lanes, stats, notes, one narration sentence per event, the serve and price demos. */
export const demo = {
  ui: {
    play: 'Play',
    pause: 'Pause',
    prev: 'Previous event',
    next: 'Next event',
    restart: 'Restart',
    speed: 'Speed',
    scrub: 'Time (ticks)',
    save: 'Save as SVG',
    'save.caption': 'Datagram ready at tick {A}; the copy takes {C} ticks{poll}. From I/O models.',
    'save.poll': '; a poll every {P} ticks',
    controls: 'Playback',
    figure: '{model}, as Stevens draws it: time flows down. Keys once focused: Space plays or pauses, ← and → step, Home restarts, End shows the whole run.',
    compareFigure: 'All five models on one clock: time flows down. Keys once focused: Space plays or pauses, ← and → step, Home restarts, End shows the whole run.',
    app: 'application',
    kernel: 'kernel',
    legend: 'Legend',
    'app.wait': 'blocked, waiting for data',
    'app.poll': 'polling (a failed check)',
    'app.work': 'useful work',
    'app.copy': 'blocked, copying',
    'kernel.empty': 'no datagram yet',
    'kernel.ready': 'datagram ready',
    'kernel.copying': 'copying to the user',
    'phase.wait': 'wait for data',
    'phase.copy': 'copy data from\nkernel to user',
    'phase.waitShort': 'phase 1',
    'phase.copyShort': 'phase 2',
    appShort: 'process',
    'legend.app': 'Application column',
    'legend.kernel': 'Kernel column',
    'legend.shapes': 'Arrows: → a call, ← a return or signal; brackets on the right: the two phases.',
    params: 'Parameters',
    'param.arrival': 'Datagram ready at (A)',
    'param.copy': 'Copy takes (C)',
    'param.pollEvery': 'Poll every (P)',
    'param.unit': 'ticks',
    note: '{field}: that value was out of range or not a number; using {used} (allowed {min}–{max}).',
    'note.step': 'step',
    'note.t': 'time',
    'note.ignored': '{field}: this demo has no such position in its address; ignored.',
    stats: 'This run',
    'stat.done': 'done at tick',
    'stat.phase1Blocked': 'blocked waiting (phase 1)',
    'stat.phase2Blocked': 'blocked copying (phase 2)',
    'stat.work': 'useful work',
    'stat.failedPolls': 'failed polls',
    'stat.wastedCpu': 'CPU wasted on polls',
    'stat.syscalls': 'system calls',
    'stat.detectLag': 'detection lag',
    code: 'The code; the line of the current event is highlighted',
    'narr.idle': 'The whole run is drawn: done at tick {done}, blocked {blocked} ticks, {work} ticks of useful work. Press Play or Next event to watch it step by step.',
    'narr.start': 'Tick 0: the process is about to start the input operation.',
    'narr.compareIdle': 'All five runs are drawn on one clock. Press Play or Next event to watch them together, one column at a time.',
    'narr.tick': 'Tick {t}: {text}',
    'narr.state': 'Tick {t}: {app}; {kernel}.',
    'narr.empty': 'no datagram yet',
    'narr.ready': 'the datagram has been ready since tick {ready}',
    'narr.copying': 'the kernel is copying, {n} of {c} ticks done',
    'narr.compareStart': 'Tick 0: the five processes are about to start their input operations.',
    'narr.compareAt': 'Tick {t}, {model}: {text}',
    'narr.compareNothing': 'Tick {t}: nothing new happens; each process goes on as before.',
    noscript: 'The controls need JavaScript; the figure shows the whole run.',
  },
  labels: {
    recvfrom: 'recvfrom',
    EWOULDBLOCK: 'EWOULDBLOCK',
    select: 'select',
    'return readable': 'return readable',
    sigaction: 'sigaction',
    'deliver SIGIO': 'deliver SIGIO',
    aio_read: 'aio_read',
    return: 'return',
    'datagram ready': 'datagram ready',
    'copy datagram': 'copy datagram',
    'copy complete': 'copy complete',
    'return OK': 'return OK',
    'deliver signal specified in aio_read': 'deliver signal specified in aio_read',
  } satisfies Record<EventLabel, string>,
  /** Short labels for the comparison's narrow columns (Stevens' Figure 6.6 names the calls the same way). */
  labelsShort: {
    recvfrom: 'recvfrom',
    EWOULDBLOCK: 'EWOULD-\nBLOCK',
    select: 'select',
    'return readable': 'readable',
    sigaction: 'sigaction',
    'deliver SIGIO': 'SIGIO',
    aio_read: 'aio_read',
    return: 'return',
    'datagram ready': 'ready',
    'copy datagram': 'copy',
    'copy complete': 'complete',
    'return OK': 'OK',
    'deliver signal specified in aio_read': 'signal',
  } satisfies Record<EventLabel, string>,
  /** What the process is doing on each stretch of its lane, per model (the figure writes it beside the lane). */
  stretch: {
    blocking: { wait: 'blocked in recvfrom: no data yet', copy: 'still in recvfrom: the copy' },
    nonblocking: { work: 'your code runs between polls', copy: 'in recvfrom: the copy' },
    multiplexing: { wait: 'blocked in select, not in recvfrom', copy: 'in recvfrom: the copy' },
    'signal-driven': { work: 'your code runs; no call waits', copy: 'SIGIO handler: in recvfrom' },
    async: { work: 'aio_read returned: your code runs through both phases' },
  } satisfies Record<ModelId, Partial<Record<'wait' | 'poll' | 'work' | 'copy', string>>>,
  models: {
    blocking: 'Blocking I/O',
    nonblocking: 'Nonblocking I/O',
    multiplexing: 'I/O multiplexing',
    'signal-driven': 'Signal-driven I/O',
    async: 'Asynchronous I/O',
  } satisfies Record<ModelId, string>,
  narr: {
    blocking: {
      recvfrom: 'the process calls recvfrom. No datagram has arrived, so the kernel puts it to sleep: phase 1, blocked waiting.',
      'datagram ready': 'the datagram arrives and is complete in the kernel buffer; the process is still asleep inside recvfrom.',
      'copy datagram': 'the kernel copies the datagram into the process\'s buffer: phase 2, still blocked in the same recvfrom.',
      'copy complete': complete,
      'return OK': 'recvfrom returns OK at last. The process was blocked through both phases.',
      wait: 'still blocked in recvfrom since tick {since}, phase 1',
      copy: 'still blocked in the same recvfrom, phase 2',
    },
    nonblocking: {
      recvfrom: 'the process polls: it calls recvfrom on the nonblocking socket.',
      EWOULDBLOCK: 'recvfrom returns EWOULDBLOCK: no datagram yet, the process goes back to work.',
      'datagram ready': 'the datagram is ready in the kernel buffer, but the process will only notice at its next poll.',
      'copy datagram': 'this poll finds the datagram, {sinceReady} ticks after it was ready. The kernel copies it while the process is blocked in recvfrom: phase 2.',
      'copy complete': complete,
      'return OK': 'recvfrom returns OK, {sinceReady} ticks after the datagram was ready. Phase 1 was never blocked, but every failed poll cost CPU.',
      poll: 'still paying CPU for failed poll #{k}',
      work: 'doing its own work between polls, next poll at tick {next}',
      copy: 'blocked in recvfrom, phase 2',
    },
    multiplexing: {
      select: 'the process calls select and sleeps in it until the socket is readable: phase 1 is blocked, in select rather than in the read.',
      'datagram ready': ready,
      'return readable': 'select returns readable: the socket has a datagram.',
      recvfrom: 'the process calls recvfrom, its second system call.',
      'copy datagram': copy,
      'copy complete': complete,
      'return OK': 'recvfrom returns OK. Two system calls for one socket: select pays off only when one thread waits on many.',
      wait: 'still asleep in select since tick {since}, phase 1',
      copy: 'blocked in recvfrom, its second system call, phase 2',
    },
    'signal-driven': {
      sigaction: 'the process installs a SIGIO handler with sigaction, and with fcntl sets F_SETOWN and O_ASYNC.',
      return: 'sigaction returns at once; the process goes on with its work. Phase 1 is not blocked.',
      'datagram ready': ready,
      'deliver SIGIO': 'the kernel delivers SIGIO: the read can now be started. The handler runs.',
      recvfrom: 'the handler calls recvfrom.',
      'copy datagram': copy,
      'copy complete': complete,
      'return OK': 'recvfrom returns OK inside the handler. SIGIO said when the read could start; the copy still blocked.',
      work: 'doing its own work, its SIGIO handler installed',
      copy: 'in the SIGIO handler, blocked in recvfrom, phase 2',
    },
    async: {
      aio_read: 'the process calls aio_read: read a datagram, and signal me when it is done.',
      return: 'aio_read returns at once; the process goes on with its work.',
      'datagram ready': 'the datagram is ready in the kernel buffer; the process keeps working.',
      'copy datagram': 'the kernel copies the datagram into the process\'s buffer on its own, while the process keeps working.',
      'copy complete': 'the copy is complete.',
      'deliver signal specified in aio_read': 'the kernel delivers the signal specified in aio_read: the operation is complete. The process was blocked in neither phase.',
      work: 'doing its own work while aio_read is pending',
    },
  } satisfies Record<ModelId, Narration>,
  serve: {
    title: 'One thread, N connections',
    arrivals: 'Arrival ticks (drag a dot or type)',
    arrival: 'Connection {i} ready at',
    copy: 'Copy (C)',
    process: 'Processing (X)',
    count: 'Connections',
    'mode.blocking': 'Blocking, one thread',
    'mode.thread-per-connection': 'Thread per connection',
    'mode.multiplexing': 'Multiplexing (select), one thread',
    conn: 'conn. {i}',
    done: 'done at {t}',
    makespan: 'all done at',
    latency: 'mean latency',
    threads: 'threads',
    selects: 'select calls',
    axis: 'Each bar runs from a connection\'s arrival to its completion.',
  },
  price: {
    title: 'The price of polling (A = 100, s = 1)',
    poll: 'Poll every (P)',
    wasted: 'CPU wasted on failed polls',
    lag: 'detection lag',
    xAxis: 'poll interval P (ticks)',
    yAxis: 'ticks',
    at: 'At P = {p}: {polls} failed polls waste {wasted} ticks of CPU, and the datagram is noticed {lag} ticks late.',
    table: 'The numbers behind the chart',
  },
};

const credit = '{name}, step by step, on I/O models';
const compare = 'The five I/O models on one clock';
const theme = 'theme: unknown value, following the system instead (allowed: light, dark, auto).';

/** The Embed disclosure under each demo and the chrome-less embed pages. */
export const embed = {
  button: 'Embed',
  intro: 'Put this demo into your own page: copy one of the two snippets below.',
  iframe: 'An iframe, for any page that allows HTML:',
  iframeNote: 'The script line is optional: it fits the frame to the demo. Without it, the fixed height shows the whole demo.',
  element: 'A custom element, for pages that allow scripts (no frame; it follows the page\'s width):',
  more: 'Options and details: Embed a demo',
  frameTitle: '{name}: a live demo from I/O models',
  credit: credit,
  compare: compare,
  pageTitle: '{name} (embed)',
  pageDescription: 'A live, steppable demo of {name}, for embedding in another page.',
  'bad.theme': theme,
  'bad.controls': 'controls: unknown value, showing all controls instead (allowed: full, minimal).',
};

/** The custom element's own strings: one message per attribute it could not read, and its link back. */
export const element = {
  model: 'model: unknown value, showing blocking I/O instead (allowed: blocking, nonblocking, multiplexing, signal-driven, async, compare).',
  lang: 'lang: unknown value, showing English instead (allowed: en, zh).',
  theme: theme,
  credit: credit,
  compare: compare,
};

/** The "What Linux did" panels and the excerpt captions. */
export const linux = {
  ui: {
    'sim.title': "Stevens' picture, simulated",
    'sim.scenario': 'The demo\'s default scenario: the datagram is ready at tick {A}, the copy takes {C} ticks.',
    'sim.t': 'tick {t}',
    'actor.app': 'process',
    'actor.kernel': 'kernel',
    'real.title': 'What Linux did',
    'real.caption': '{trace}: the system calls of {cmd}, as strace saw them',
    'col.time': 'Time',
    'col.thread': 'Thread',
    'col.call': 'System call',
    'col.result': 'Returned',
    'col.dur': 'Inside the call',
    'thread.main': 'main',
    'thread.n': 'thread {n}',
    'run': '×{n} equal calls',
    'marker.LISTEN': 'The program tells the sender its port; the datagram comes about 200 ms later.',
    'signal': '{name} is delivered: the handler runs',
    'verdict': 'What the program measured about itself: blocked while waiting, {wait}; blocked during the copy, {copy}; units of its own work done before it had the data, {work}.',
    'yes': 'yes',
    'no': 'no',
    'omitted': 'Left out: start-up and exit, the program\'s self-measurement ({harness}) and bookkeeping ({bookkeeping}).',
    'recorded': 'Recorded with strace -f -tt -T on Linux {kernel}, glibc {glibc}, {date}; see content/traces/{file}.txt.',
    'also': 'Also traced: {trace}',
    'excerpt.caption': 'From {file}, a complete program that the tests compile and run.',
  },
  traces: {
    blocking: 'Blocking recvfrom',
    nonblocking: 'Nonblocking polling',
    select: 'select',
    poll: 'poll',
    'epoll-lt': 'epoll, level-triggered',
    'epoll-et': 'epoll, edge-triggered',
    'signal-driven': 'SIGIO',
    aio: 'POSIX aio_read (glibc)',
    'io-uring': 'io_uring (liburing)',
    'native-aio': 'Linux native AIO (io_submit)',
  } satisfies Record<TraceName, string>,
  notes: {
    blocking: [
      'One recvfrom, and the process spends about 200 ms inside it: phase 1 and phase 2 in one call, exactly as Stevens draws it.',
    ],
    nonblocking: [
      'fcntl sets O_NONBLOCK, keeping the other flags (F_GETFL first).',
      'Every check that finds nothing is one recvfrom returning −1 with EAGAIN, Linux\'s name for EWOULDBLOCK; between checks the process does its own work.',
      'The last recvfrom finds the datagram; the time inside it is the copy alone.',
    ],
    select: [
      'glibc\'s select is the pselect6 system call: Stevens\' select, under another name.',
      'pselect6 holds phase 1 (about 200 ms) and returns 1, the number of ready descriptors; the recvfrom after it holds only the copy.',
    ],
    poll: ['poll sleeps through phase 1 like select, and returns the number of ready entries; recvfrom then copies.'],
    'epoll-lt': [
      'epoll_create1 and one epoll_ctl per socket set up the interest set once; epoll_wait then sleeps through phase 1 and returns only the ready socket.',
    ],
    'epoll-et': [
      'Edge-triggered: after epoll_wait the program reads until recvfrom fails with EAGAIN, or data left behind might never be reported.',
    ],
    'signal-driven': [
      'Three set-up steps, not one: rt_sigaction (glibc\'s sigaction), fcntl F_SETOWN, and fcntl F_SETFL with O_ASYNC, which strace prints by its old name FASYNC.',
      'Then no system call at all for about 200 ms: the process works until SIGIO arrives.',
      'In the handler, the first recvfrom copies the datagram; the second fails with EAGAIN and ends the drain; rt_sigreturn goes back to the interrupted work.',
    ],
    aio: [
      'aio_read is not a system call: glibc starts a helper thread (clone3) and returns.',
      'The helper tries pread64 at the requested offset, which fails with ESPIPE on a socket, then makes a plain blocking read that holds both phases for about 200 ms.',
      'The helper sends the completion signal itself with rt_sigqueueinfo (si_code SI_ASYNCIO). Asynchronous for the caller; underneath, a thread doing blocking I/O.',
    ],
    'io-uring': [
      'io_uring_setup creates the rings; one io_uring_enter submits the receive.',
      'After that, no system call at all until the program closes the ring at the end: the kernel receives the datagram into the buffer, and the process finds the result in the completion ring by reading memory. No helper thread, no signal.',
    ],
    'native-aio': [
      'io_submit on a socket does not return until the datagram has arrived and been copied: about 200 ms, both phases, like a blocking recvfrom. The program reports blocked in both phases, which is Linux\'s departure from the asynchronous row.',
    ],
  } satisfies Record<TraceName, string[]>,
};

/**
 * The guided experiments beside the model demos (components/Experiment.astro, keyed by the ids in
 * src/demo/experiments.ts) and the summary's self-check (components/SelfCheck.astro, src/demo/self-check.ts).
 * {answer} and {chosen} are answers' texts; the other placeholders are numbers read off the simulator's trace.
 */
export const tryIt = {
  ui: {
    'try.tag': 'Try it',
    'try.run': 'Set up the demo and run it',
    'try.answer': 'Answer',
    'try.right': 'Right: {answer}.',
    'try.wrong': 'Not quite: you predicted {chosen}, the run gives {answer}.',
    'try.none': 'The run gives {answer}.',
    'unit.ticks': '{n} ticks',
    'unit.calls': '{n} system calls',
    'unit.call': '1 system call',
    'unit.polls': '{n} failed polls',
    'unit.at': 'at tick {n}',
    'quiz.title': 'Check yourself',
    'quiz.intro': 'Pick an answer to each question; the verdict comes at once. The score counts first answers.',
    'quiz.right': 'Right.',
    'quiz.wrong': 'Not quite: the answer is {answer}.',
    'quiz.more': 'Read more: {page}',
    'quiz.score': 'Score: {right} of {total} right at the first try ({answered} answered).',
    'quiz.phase': '{model}: in which phases is the process blocked?',
    'quiz.calls': 'Which model makes this sequence of calls?',
    'quiz.posix': 'By POSIX\'s definition, is signal-driven I/O synchronous or asynchronous?',
    'phases.both': 'Both phases',
    'phases.wait': 'Phase 1 only',
    'phases.copy': 'Phase 2 only',
    'phases.neither': 'Neither phase',
    'posix.sync': 'Synchronous',
    'posix.async': 'Asynchronous',
    'reason.phase': '{model}: phase 1 {p1}, phase 2 {p2} (a run with A = {A}, C = {C}).',
    'reason.blocked': 'blocked {n} ticks',
    'reason.free': 'not blocked',
    'reason.calls': '{model} makes exactly these calls in the simulator (A = {A}, C = {C}, P = {P}).',
    'reason.posix': 'The thread is still blocked in recvfrom for the {n} ticks of the copy after SIGIO, so the I/O does not complete without blocking it: synchronous.',
    'calls.repeat': '{call} (×{n})',
  },
  exp: {
    'blocking-early': {
      q: 'The datagram arrives at tick 0 (A = 0, C = 2). How long is the process blocked in phase 1?',
      proof: 'Phase 1 blocks {p1} ticks: the datagram is already there when recvfrom is called, so the call goes straight to the copy and the process is blocked only for the {p2} ticks of phase 2. In the figure the app lane starts with the copy at tick 0.',
    },
    'blocking-work': {
      q: 'A = 10, C = 5. How many ticks of useful work does the process do before recvfrom returns?',
      proof: '{work} ticks of work: the process is blocked {p1} ticks waiting and {p2} ticks copying, all {done} ticks inside one recvfrom. The figure\'s app lane has no work stretch at all.',
    },
    'nonblocking-p1': {
      q: 'Set P = 1: the process polls every tick (A = 10). What happens to the useful work?',
      proof: '{work} ticks of work: with P = 1 each period is nothing but a poll, so {polls} failed polls fill all {A} ticks before the datagram. In the figure the app lane is polls up to tick {A}, then the copy.',
    },
    'nonblocking-polls': {
      q: 'The datagram arrives at tick 10 and the process polls every 3 ticks. How many polls fail?',
      proof: '{polls} failed polls, one every {P} ticks before tick {A}; the recvfrom at tick {start} finds the datagram and copies it. Count the EWOULDBLOCK arrows in the figure.',
    },
    'nonblocking-lag': {
      q: 'A = 10, P = 4. How many ticks after the datagram is ready does the process start the copy?',
      proof: '{lag} ticks late: the polls come every {P} ticks, and the first one after tick {A} is at tick {start}. In the figure the kernel lane shows the datagram ready from tick {A} while the app lane is still working.',
    },
    'multiplexing-calls': {
      q: 'One socket, A = 10, C = 2. How many system calls does the process make? (Blocking I/O makes one.)',
      proof: '{calls} system calls: select, then recvfrom. For one descriptor multiplexing costs a call more than blocking I/O and blocks just as long ({p1} + {p2} ticks); what it gains is waiting on many descriptors at once. The figure\'s arrows show both calls.',
    },
    'multiplexing-wait': {
      q: 'A = 10, C = 2. How long is the process blocked in phase 1?',
      proof: '{p1} ticks: blocked in select rather than in recvfrom, but blocked all the same. The wait stretch on the figure\'s app lane runs from tick 0 to tick {A}.',
    },
    'signal-copy': {
      q: 'A = 10, C = 4. How long is the process blocked in phase 2?',
      proof: '{p2} ticks: after SIGIO at tick {A}, the handler\'s recvfrom holds the process while the kernel copies, until tick {done}. The copy stretch at the end of the app lane shows it.',
    },
    'signal-work': {
      q: 'A = 20, C = 2. How many ticks of useful work does the process do before the data is in its buffer?',
      proof: '{work} ticks: the process works from tick 0 until SIGIO at tick {A}, then is blocked {p2} ticks in recvfrom. The work stretch on the app lane ends at tick {A}.',
    },
    'async-copy': {
      q: 'A = 10, C = 4. How long is the process blocked in phase 2?',
      proof: '{p2} ticks: the kernel copies from tick {A} to tick {done} while the process keeps working ({work} ticks of work in all). In the figure the copy is on the kernel lane only.',
    },
    'async-signal': {
      q: 'A = 10, C = 4. At which tick is the completion signal delivered?',
      proof: 'At tick {value}: the signal comes when the copy is complete, tick {A} + {C}, not when the data arrives (that would be signal-driven I/O). It is the last arrow in the figure.',
    },
  } satisfies Record<ExperimentId, { q: string; proof: string }>,
};
