/**
 * Every string the demos show, in English and Chinese: buttons, legend, lanes, stats, notes and one
 * narration sentence per event label per model. Invariant: both locales have every key (the
 * `satisfies` clauses make a missing one a type error). Only the server imports this module: ModelDemo.astro
 * picks one locale's strings and passes them to an island as props, so no page ships both languages.
 * Placeholders in braces ({t}, {done}, …) are filled by src/render/text.ts. Event sentences carry no
 * tick: 'narr.tick' puts one in front, and the comparison joins several sentences under one tick.
 */
import type { EventLabel, ModelId } from '~/sim/types';
import type { Locale } from './ui';

const enUi = {
  play: 'Play',
  pause: 'Pause',
  prev: 'Previous event',
  next: 'Next event',
  restart: 'Restart',
  end: 'Show the whole run',
  speed: 'Speed',
  scrub: 'Time (ticks)',
  save: 'Save as SVG',
  controls: 'Playback',
  figure: '{model}, as Stevens draws it: time flows down. Keys once focused: Space plays or pauses, ← and → step, Home restarts, End shows the whole run.',
  compareFigure: 'All five models on one clock: time flows down. Keys once focused: Space plays or pauses, ← and → step, Home restarts, End shows the whole run.',
  app: 'application',
  kernel: 'kernel',
  tick: 'tick',
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
  'narr.idle': 'The whole run is drawn: done at tick {done}, blocked {blocked} ticks, {work} ticks of useful work. Press Play or Next event to watch it step by step.',
  'narr.start': 'Tick 0: the process is about to start the input operation.',
  'narr.compareIdle': 'All five runs are drawn on one clock. Press Play or Next event to watch them together.',
  'narr.tick': 'Tick {t}: {text}',
  'narr.compareAt': 'Tick {t}. ',
  'narr.compareNothing': 'Nothing new happens; each process goes on as before.',
  noscript: 'The controls need JavaScript; the figure shows the whole run.',
};

/** A key of the demos' UI strings. */
export type DemoUiKey = keyof typeof enUi;

/**
 * The UI strings the islands read (the legend and the no-script note are drawn on the server only).
 * Islands get just these as props, which keeps ~1 KB of strings out of every demo page's HTML; an island
 * that reads any other key is a type error, since its prop type is IslandUi.
 */
export const ISLAND_UI_KEYS = [
  'play', 'pause', 'prev', 'next', 'restart', 'speed', 'scrub', 'save', 'controls', 'figure', 'compareFigure',
  'app', 'kernel', 'phase.wait', 'phase.copy', 'params', 'param.arrival', 'param.copy', 'param.pollEvery',
  'param.unit', 'note', 'note.step', 'note.t', 'stats', 'stat.done', 'stat.phase1Blocked', 'stat.phase2Blocked',
  'stat.work', 'stat.failedPolls', 'stat.wastedCpu', 'stat.syscalls', 'stat.detectLag', 'code', 'narr.idle',
  'narr.start', 'narr.compareIdle', 'narr.tick', 'narr.compareAt', 'narr.compareNothing',
] as const satisfies readonly DemoUiKey[];

/** The UI strings an island gets. */
export type IslandUi = Record<(typeof ISLAND_UI_KEYS)[number], string>;

/** Just the islands' keys of `ui`. */
export function islandUi(ui: Record<DemoUiKey, string>): IslandUi {
  return Object.fromEntries(ISLAND_UI_KEYS.map((k) => [k, ui[k]])) as IslandUi;
}

const zhUi = {
  play: '播放',
  pause: '暂停',
  prev: '上一个事件',
  next: '下一个事件',
  restart: '从头开始',
  end: '显示完整过程',
  speed: '速度',
  scrub: '时间（拍）',
  save: '保存为 SVG',
  controls: '播放控制',
  figure: '{model}，按 Stevens 的画法：时间自上而下。获得焦点后可用键盘：空格播放或暂停，← 和 → 单步，Home 从头开始，End 显示完整过程。',
  compareFigure: '五种模型共用一个时钟：时间自上而下。获得焦点后可用键盘：空格播放或暂停，← 和 → 单步，Home 从头开始，End 显示完整过程。',
  app: '应用进程',
  kernel: '内核',
  tick: '拍',
  legend: '图例',
  'app.wait': '阻塞：等待数据',
  'app.poll': '轮询（一次失败的检查）',
  'app.work': '有用的工作',
  'app.copy': '阻塞：复制数据',
  'kernel.empty': '还没有数据报',
  'kernel.ready': '数据报就绪',
  'kernel.copying': '复制到用户空间',
  'phase.wait': '等待数据',
  'phase.copy': '将数据从内核\n复制到用户空间',
  'legend.app': '应用进程一栏',
  'legend.kernel': '内核一栏',
  'legend.shapes': '箭头：→ 系统调用，← 返回或信号；右侧括号：两个阶段。',
  params: '参数',
  'param.arrival': '数据报就绪时刻（A）',
  'param.copy': '复制耗时（C）',
  'param.pollEvery': '轮询间隔（P）',
  'param.unit': '拍',
  note: '{field}：该值超出范围或不是数字，已改用 {used}（允许 {min}–{max}）。',
  'note.step': '步骤',
  'note.t': '时间',
  stats: '本次运行',
  'stat.done': '完成时刻（拍）',
  'stat.phase1Blocked': '阻塞等待（阶段 1）',
  'stat.phase2Blocked': '阻塞复制（阶段 2）',
  'stat.work': '有用的工作',
  'stat.failedPolls': '失败的轮询',
  'stat.wastedCpu': '轮询浪费的 CPU',
  'stat.syscalls': '系统调用次数',
  'stat.detectLag': '发现延迟',
  code: '代码：当前事件所在的行已高亮',
  'narr.idle': '图中画出了完整过程：第 {done} 拍完成，阻塞 {blocked} 拍，有用的工作 {work} 拍。按“播放”或“下一个事件”逐步观看。',
  'narr.start': '第 0 拍：进程即将开始这次输入操作。',
  'narr.compareIdle': '五种模型的完整过程画在同一个时钟上。按“播放”或“下一个事件”一起观看。',
  'narr.tick': '第 {t} 拍：{text}',
  'narr.compareAt': '第 {t} 拍。',
  'narr.compareNothing': '没有新事件，各进程照旧。',
  noscript: '控制按钮需要 JavaScript；图中显示的是完整过程。',
} satisfies Record<DemoUiKey, string>;

/** Stevens' labels as the figure prints them (function names and errno stay as in C). */
const enLabels: Record<EventLabel, string> = {
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
};

const zhLabels: Record<EventLabel, string> = {
  recvfrom: 'recvfrom',
  EWOULDBLOCK: 'EWOULDBLOCK',
  select: 'select',
  'return readable': '返回可读',
  sigaction: 'sigaction',
  'deliver SIGIO': '递交 SIGIO',
  aio_read: 'aio_read',
  return: '返回',
  'datagram ready': '数据报就绪',
  'copy datagram': '复制数据报',
  'copy complete': '复制完成',
  'return OK': '返回成功',
  'deliver signal specified in aio_read': '递交 aio_read 指定的信号',
};

const enModels: Record<ModelId, string> = {
  blocking: 'Blocking I/O',
  nonblocking: 'Nonblocking I/O',
  multiplexing: 'I/O multiplexing',
  'signal-driven': 'Signal-driven I/O',
  async: 'Asynchronous I/O',
};

const zhModels: Record<ModelId, string> = {
  blocking: '阻塞 I/O',
  nonblocking: '非阻塞 I/O',
  multiplexing: 'I/O 多路复用',
  'signal-driven': '信号驱动 I/O',
  async: '异步 I/O',
};

/** One model's narration: a sentence per event label it emits. */
export type Narration = Partial<Record<EventLabel, string>>;

const enCopy = 'the kernel copies the datagram into the process\'s buffer; the process is blocked in recvfrom while it does: phase 2.';
const enComplete = 'the copy is complete; the datagram is in the process\'s buffer.';
const enReady = 'the datagram has arrived and is complete in the kernel buffer.';

const enNarr: Record<ModelId, Narration> = {
  blocking: {
    recvfrom: 'the process calls recvfrom. No datagram has arrived, so the kernel puts it to sleep: phase 1, blocked waiting.',
    'datagram ready': 'the datagram arrives and is complete in the kernel buffer; the process is still asleep inside recvfrom.',
    'copy datagram': 'the kernel copies the datagram into the process\'s buffer: phase 2, still blocked in the same recvfrom.',
    'copy complete': enComplete,
    'return OK': 'recvfrom returns OK at last. The process was blocked through both phases.',
  },
  nonblocking: {
    recvfrom: 'the process polls: it calls recvfrom on the nonblocking socket.',
    EWOULDBLOCK: 'recvfrom returns EWOULDBLOCK: no datagram yet, the process goes back to work.',
    'datagram ready': 'the datagram is ready in the kernel buffer, but the process will only notice at its next poll.',
    'copy datagram': 'this poll finds the datagram. The kernel copies it while the process is blocked in recvfrom: phase 2.',
    'copy complete': enComplete,
    'return OK': 'recvfrom returns OK, {lag} ticks after the datagram was ready. Phase 1 was never blocked, but every failed poll cost CPU.',
  },
  multiplexing: {
    select: 'the process calls select and sleeps in it until the socket is readable: phase 1 is blocked, in select rather than in the read.',
    'datagram ready': enReady,
    'return readable': 'select returns readable: the socket has a datagram.',
    recvfrom: 'the process calls recvfrom, its second system call.',
    'copy datagram': enCopy,
    'copy complete': enComplete,
    'return OK': 'recvfrom returns OK. Two system calls for one socket: select pays off only when one thread waits on many.',
  },
  'signal-driven': {
    sigaction: 'the process installs a SIGIO handler with sigaction, and with fcntl sets F_SETOWN and O_ASYNC.',
    return: 'sigaction returns at once; the process goes on with its work. Phase 1 is not blocked.',
    'datagram ready': enReady,
    'deliver SIGIO': 'the kernel delivers SIGIO: the read can now be started. The handler runs.',
    recvfrom: 'the handler calls recvfrom.',
    'copy datagram': enCopy,
    'copy complete': enComplete,
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
};

const zhCopy = '内核把数据报复制到进程的缓冲区；复制期间进程阻塞在 recvfrom 中：阶段 2。';
const zhComplete = '复制完成，数据报已在进程的缓冲区中。';
const zhReady = '数据报到达，已完整地放在内核缓冲区中。';

const zhNarr: Record<ModelId, Narration> = {
  blocking: {
    recvfrom: '进程调用 recvfrom。数据报还没到，内核让它睡眠：阶段 1，阻塞等待。',
    'datagram ready': '数据报到达，已完整地放在内核缓冲区中；进程仍睡在 recvfrom 里。',
    'copy datagram': '内核把数据报复制到进程的缓冲区：阶段 2，进程仍阻塞在同一个 recvfrom 中。',
    'copy complete': zhComplete,
    'return OK': 'recvfrom 终于返回成功。进程在两个阶段都被阻塞。',
  },
  nonblocking: {
    recvfrom: '进程轮询：对非阻塞套接字调用 recvfrom。',
    EWOULDBLOCK: 'recvfrom 返回 EWOULDBLOCK：还没有数据报，进程回去干活。',
    'datagram ready': '数据报已在内核缓冲区就绪，但进程要到下一次轮询才会发现。',
    'copy datagram': '这次轮询发现了数据报。内核复制数据时，进程阻塞在 recvfrom 中：阶段 2。',
    'copy complete': zhComplete,
    'return OK': 'recvfrom 返回成功，比数据报就绪晚了 {lag} 拍。阶段 1 从未阻塞，但每次失败的轮询都耗费 CPU。',
  },
  multiplexing: {
    select: '进程调用 select，睡在其中直到套接字可读：阶段 1 阻塞，阻塞在 select 而不是读操作上。',
    'datagram ready': zhReady,
    'return readable': 'select 返回可读：套接字上有数据报了。',
    recvfrom: '进程调用 recvfrom，这是它的第二次系统调用。',
    'copy datagram': zhCopy,
    'copy complete': zhComplete,
    'return OK': 'recvfrom 返回成功。一个套接字用了两次系统调用：只有一个线程等待很多套接字时，select 才划算。',
  },
  'signal-driven': {
    sigaction: '进程用 sigaction 安装 SIGIO 处理函数，并用 fcntl 设置 F_SETOWN 和 O_ASYNC。',
    return: 'sigaction 立即返回，进程继续干活。阶段 1 不阻塞。',
    'datagram ready': zhReady,
    'deliver SIGIO': '内核递交 SIGIO：现在可以开始读了。信号处理函数开始运行。',
    recvfrom: '信号处理函数调用 recvfrom。',
    'copy datagram': zhCopy,
    'copy complete': zhComplete,
    'return OK': 'recvfrom 在信号处理函数中返回成功。SIGIO 只说明何时可以开始读，复制仍然阻塞。',
  },
  async: {
    aio_read: '进程调用 aio_read：读一个数据报，完成后用信号通知我。',
    return: 'aio_read 立即返回，进程继续干活。',
    'datagram ready': '数据报已在内核缓冲区就绪；进程继续干活。',
    'copy datagram': '内核自行把数据报复制到进程的缓冲区，进程照常干活。',
    'copy complete': '复制完成。',
    'deliver signal specified in aio_read': '内核递交 aio_read 指定的信号：操作已经完成。进程在两个阶段都没有阻塞。',
  },
};

const enServe = {
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
};

const zhServe = {
  title: '一个线程，N 个连接',
  arrivals: '到达时刻（拖动圆点或输入）',
  arrival: '连接 {i} 就绪于',
  copy: '复制（C）',
  process: '处理（X）',
  count: '连接数',
  'mode.blocking': '阻塞，单线程',
  'mode.thread-per-connection': '每连接一个线程',
  'mode.multiplexing': '多路复用（select），单线程',
  conn: '连接 {i}',
  done: '完成于 {t}',
  makespan: '全部完成于',
  latency: '平均延迟',
  threads: '线程数',
  selects: 'select 调用次数',
  axis: '每根条从连接到达开始，到它处理完成为止。',
} satisfies Record<keyof typeof enServe, string>;

const enPrice = {
  title: 'The price of polling (A = 100, s = 1)',
  poll: 'Poll every (P)',
  wasted: 'CPU wasted on failed polls',
  lag: 'detection lag',
  xAxis: 'poll interval P (ticks)',
  yAxis: 'ticks',
  at: 'At P = {p}: {polls} failed polls waste {wasted} ticks of CPU, and the datagram is noticed {lag} ticks late.',
  table: 'The numbers behind the chart',
};

const zhPrice = {
  title: '轮询的代价（A = 100，s = 1）',
  poll: '轮询间隔（P）',
  wasted: '失败轮询浪费的 CPU',
  lag: '发现延迟',
  xAxis: '轮询间隔 P（拍）',
  yAxis: '拍',
  at: 'P = {p} 时：{polls} 次失败的轮询浪费 {wasted} 拍 CPU，数据报晚 {lag} 拍才被发现。',
  table: '图表背后的数字',
} satisfies Record<keyof typeof enPrice, string>;

/** All strings of one locale. */
export interface DemoLocale {
  ui: Record<DemoUiKey, string>;
  labels: Record<EventLabel, string>;
  models: Record<ModelId, string>;
  narr: Record<ModelId, Narration>;
  serve: Record<keyof typeof enServe, string>;
  price: Record<keyof typeof enPrice, string>;
}

/** Both locales' demo strings. */
export const DEMO_STRINGS: Readonly<Record<Locale, DemoLocale>> = {
  en: { ui: enUi, labels: enLabels, models: enModels, narr: enNarr, serve: enServe, price: enPrice },
  zh: { ui: zhUi, labels: zhLabels, models: zhModels, narr: zhNarr, serve: zhServe, price: zhPrice },
};

/** The strings a timeline island needs: the UI, the labels, the model names and the given models' narration. */
export interface TimelineText {
  ui: Record<DemoUiKey, string>;
  labels: Record<EventLabel, string>;
  models: Record<ModelId, string>;
  narr: Partial<Record<ModelId, Narration>>;
}

/** The strings for a timeline island showing `models`, in `locale`. */
export function timelineText(locale: Locale, models: readonly ModelId[]): TimelineText {
  const s = DEMO_STRINGS[locale];
  const narr: Partial<Record<ModelId, Narration>> = {};
  for (const m of models) narr[m] = s.narr[m];
  return { ui: s.ui, labels: s.labels, models: s.models, narr };
}
