/**
 * Every English string of the site, by area: `site` (the layout), `demo` (the demos), `embed` (the Embed
 * disclosure and the embed pages), `element` (the custom element's own messages) and `linux` (the panels of
 * what Linux did), `figures` (the home and Concepts figures). English is the reference: every other locale's
 * file has exactly these keys (src/i18n/strings.ts checks that with `satisfies`). Braces mark a value filled in ({t}, {done}); nothing here is markup.
 * Each area is its own export so that a bundle takes only what it uses (the custom element takes `element`).
 */
import type { EventLabel, ModelId } from '~/sim/types';
import type { Narration } from '../demo';
import type { TraceName } from '../linux';

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
  'search.hint': '↑ ↓ move through the results, Enter opens one, Esc closes. Pages in other languages are marked.',
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


/** The figures of the home and Concepts pages (components/PhasesFigure, ModelsFigure, ConceptGrid). */
export const figures = {
  phases: {
    wait: 'Phase 1: wait for data',
    waitTime: 'about 200 ms',
    copy: 'Phase 2: copy to user',
    copyTime: '40–60 µs',
    zero: '0',
    mid: '100 ms',
    end: '200 ms',
    zoom: 'The end of the read, magnified 1,000×: 0.2 ms across',
    zoomStart: '199.9 ms',
    arrive: 'data arrives',
    zoomEnd: '200.1 ms',
    returns: 'recvfrom returns',
    caption: 'One read, measured on Linux 6.18 over loopback: a 65,000-byte datagram sent 200 ms after the reader started. Phase 1, the wait, took about 200 ms; phase 2, the copy, took 40–60 µs, 3,300 to 5,000 times less. At this scale the copy is thinner than a pixel, so the lower bar magnifies the last 0.2 ms.',
  },
  models: {
    model: 'Model',
    wait: 'Phase 1: wait',
    copy: 'Phase 2: copy',
    caption: 'The five models side by side: what the process does in each phase (Stevens, Figure 6.6). Phase 1 is where they differ; in phase 2 the first four are alike. Not to scale.',
    blocked: 'blocked',
    free: 'free',
    blocking: ['blocked in recvfrom', 'blocked: the copy'],
    nonblocking: ['polls: EWOULDBLOCK, again and again', 'blocked: the copy'],
    multiplexing: ['blocked in select', 'blocked: the copy'],
    'signal-driven': ['runs; SIGIO when data is ready', 'blocked: the copy'],
    async: ['runs', 'runs; the kernel copies, then signals'],
  } satisfies Record<string, string | [string, string]>,
  grid: {
    caption: 'The two questions as two axes. The socket’s flag picks the row, the call picks the column. I/O multiplexing and signal-driven I/O sit on the line between the rows: either flag works, and they normally use a nonblocking socket. Only asynchronous I/O is in the right-hand column.',
    sync: 'Synchronous I/O',
    syncSub: 'recvfrom: held until the copy completes',
    async: 'Asynchronous I/O',
    asyncSub: 'aio_read: returns at once, told on completion',
    blocking: 'Blocking socket',
    blockingSub: 'the default',
    nonblocking: 'Nonblocking socket',
    nonblockingSub: 'O_NONBLOCK',
    either: 'either flag; usually nonblocking',
    rare: 'possible, rarely useful',
  },
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
    'narr.idle': 'The whole run is drawn: done at tick {done}, blocked {blocked} ticks, {work} ticks of useful work.',
    /** on screen only: print hides it (it is about the controls) */
    'narr.idleHint': 'Press Play or Next event to watch it step by step.',
    'narr.start': 'Tick 0: the process is about to start the input operation.',
    'narr.compareIdle': 'All five runs are drawn on one clock.',
    'narr.compareHint': 'Press Play or Next event to watch them together.',
    'narr.tick': 'Tick {t}: {text}',
    'narr.compareAt': 'Tick {t}. ',
    'narr.compareNothing': 'Nothing new happens; each process goes on as before.',
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
    },
    nonblocking: {
      recvfrom: 'the process polls: it calls recvfrom on the nonblocking socket.',
      EWOULDBLOCK: 'recvfrom returns EWOULDBLOCK: no datagram yet, the process goes back to work.',
      'datagram ready': 'the datagram is ready in the kernel buffer, but the process will only notice at its next poll.',
      'copy datagram': 'this poll finds the datagram, {sinceReady} ticks after it was ready. The kernel copies it while the process is blocked in recvfrom: phase 2.',
      'copy complete': complete,
      'return OK': 'recvfrom returns OK, {sinceReady} ticks after the datagram was ready. Phase 1 was never blocked, but every failed poll cost CPU.',
    },
    multiplexing: {
      select: 'the process calls select and sleeps in it until the socket is readable: phase 1 is blocked, in select rather than in the read.',
      'datagram ready': ready,
      'return readable': 'select returns readable: the socket has a datagram.',
      recvfrom: 'the process calls recvfrom, its second system call.',
      'copy datagram': copy,
      'copy complete': complete,
      'return OK': 'recvfrom returns OK. Two system calls for one socket: select pays off only when one thread waits on many.',
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
    },
    async: {
      aio_read: 'the process calls aio_read: read a datagram, and signal me when it is done.',
      return: 'aio_read returns at once; the process goes on with its work.',
      'datagram ready': 'the datagram is ready in the kernel buffer; the process keeps working.',
      'copy datagram': 'the kernel copies the datagram into the process\'s buffer on its own, while the process keeps working.',
      'copy complete': 'the copy is complete.',
      'deliver signal specified in aio_read': 'the kernel delivers the signal specified in aio_read: the operation is complete. The process was blocked in neither phase.',
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
