/**
 * Strings of the "What Linux did" panels (components/LinuxTrace.astro) and of the excerpt captions
 * (components/CodeExcerpt.astro), in both locales. Invariant: every key and every trace's notes exist in
 * both (the `satisfies` clauses make a missing Chinese string a type error). `{x}` marks a value filled in.
 * The notes say what the stored traces in content/traces show; tests/e2e/linux.spec.ts checks that
 * the traces still contain the calls named here.
 * @see ../../../shared/brief/io-models.md §4.10-4.11 and §5 (what strace showed on Linux 6.18)
 */
import type { Locale } from './ui';

/** The reduced traces in content/traces, by file name (without .txt). */
export type TraceName =
  | 'blocking' | 'nonblocking' | 'select' | 'poll' | 'epoll-lt' | 'epoll-et' | 'signal-driven' | 'aio' | 'io-uring'
  | 'native-aio';

const enUi = {
  'sim.title': "Stevens' picture, simulated",
  'sim.scenario': 'The demo\'s default scenario: the datagram is ready at tick {A}, the copy takes {C} ticks.',
  'sim.t': 'tick',
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
} as const;

const zhUi = {
  'sim.title': 'Stevens 的图，模拟版',
  'sim.scenario': '演示的默认场景：数据报在第 {A} 个时刻就绪，复制需要 {C} 个时刻。',
  'sim.t': '时刻',
  'actor.app': '进程',
  'actor.kernel': '内核',
  'real.title': 'Linux 实际做了什么',
  'real.caption': '{trace}：strace 看到的 {cmd} 的系统调用',
  'col.time': '时间',
  'col.thread': '线程',
  'col.call': '系统调用',
  'col.result': '返回值',
  'col.dur': '在调用内的时间',
  'thread.main': '主线程',
  'thread.n': '线程 {n}',
  'run': '相同的调用 ×{n}',
  'marker.LISTEN': '程序把端口告诉发送方；数据报约 200 ms 后到达。',
  'signal': '递交 {name}：信号处理函数运行',
  'verdict': '程序对自己的测量：等待时阻塞，{wait}；复制时阻塞，{copy}；拿到数据前完成的工作单位，{work} 个。',
  'yes': '是',
  'no': '否',
  'omitted': '略去：启动与退出、程序的自我测量（{harness}）以及杂项调用（{bookkeeping}）。',
  'recorded': '用 strace -f -tt -T 记录于 Linux {kernel}、glibc {glibc}，{date}；见 content/traces/{file}.txt。',
  'also': '另一份记录：{trace}',
  'excerpt.caption': '摘自 {file}：一个完整的程序，测试会编译并运行它。',
} as const satisfies Record<keyof typeof enUi, string>;

/** A UI key of the Linux panels. */
export type LinuxUiKey = keyof typeof enUi;

const enTraces: Record<TraceName, string> = {
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
};

const zhTraces = {
  blocking: '阻塞的 recvfrom',
  nonblocking: '非阻塞轮询',
  select: 'select',
  poll: 'poll',
  'epoll-lt': 'epoll，水平触发',
  'epoll-et': 'epoll，边缘触发',
  'signal-driven': 'SIGIO',
  aio: 'POSIX aio_read（glibc）',
  'io-uring': 'io_uring（liburing）',
  'native-aio': 'Linux 原生 AIO（io_submit）',
} satisfies Record<TraceName, string>;

// What each trace shows, and where it departs from Stevens' figure; each note names the calls it is about.
const enNotes: Record<TraceName, string[]> = {
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
};

const zhNotes = {
  blocking: ['只有一次 recvfrom，进程在里面待了约 200 ms：一阶段和二阶段都在这一个调用里，和 Stevens 的图完全一致。'],
  nonblocking: [
    'fcntl 设置 O_NONBLOCK，并保留其他标志（先 F_GETFL）。',
    '每次检查没有数据，就是一次返回 −1、errno 为 EAGAIN 的 recvfrom（EAGAIN 就是 Linux 上的 EWOULDBLOCK）；两次检查之间进程做自己的事。',
    '最后一次 recvfrom 拿到数据报，在里面花的时间只是复制。',
  ],
  select: [
    'glibc 的 select 就是 pselect6 系统调用：换了名字的 Stevens 的 select。',
    'pselect6 占据一阶段（约 200 ms），返回 1，即就绪描述符的个数；随后的 recvfrom 只包含复制。',
  ],
  poll: ['poll 和 select 一样睡过一阶段，返回就绪的项数；然后由 recvfrom 复制。'],
  'epoll-lt': ['epoll_create1 和每个 socket 一次 epoll_ctl 只建立一次关注集合；之后 epoll_wait 睡过一阶段，只返回就绪的 socket。'],
  'epoll-et': ['边缘触发：epoll_wait 之后，程序一直读到 recvfrom 以 EAGAIN 失败为止，否则剩下的数据可能再也不会被报告。'],
  'signal-driven': [
    '设置要三步，不是一步：rt_sigaction（glibc 的 sigaction）、fcntl F_SETOWN，以及带 O_ASYNC 的 fcntl F_SETFL（strace 用它的旧名 FASYNC 显示）。',
    '之后约 200 ms 没有任何系统调用：进程一直在干活，直到 SIGIO 到来。',
    '在信号处理函数里，第一次 recvfrom 复制数据报；第二次以 EAGAIN 失败，排空结束；rt_sigreturn 回到被打断的工作。',
  ],
  aio: [
    'aio_read 不是系统调用：glibc 启动一个辅助线程（clone3）后就返回。',
    '辅助线程先按请求的偏移量尝试 pread64，对 socket 以 ESPIPE 失败；然后用普通的阻塞 read，在里面待了约 200 ms，两个阶段都在其中。',
    '完成信号由辅助线程自己用 rt_sigqueueinfo 发送（si_code 为 SI_ASYNCIO）。对调用者是异步的；底下是一个做阻塞 I/O 的线程。',
  ],
  'io-uring': [
    'io_uring_setup 建立两个环；一次 io_uring_enter 提交接收请求。',
    '此后直到程序最后关闭环，没有任何系统调用：内核把数据报收进缓冲区，进程读内存就能在完成队列里看到结果。没有辅助线程，也没有信号。',
  ],
  'native-aio': [
    '在 socket 上，io_submit 要等数据报到达并复制完才返回：约 200 ms，两个阶段都在里面，和阻塞的 recvfrom 一样。程序报告两个阶段都阻塞，这正是 Linux 偏离“异步”那一行的地方。',
  ],
} satisfies Record<TraceName, string[]>;

/** Everything the Linux panels say in one locale. */
export interface LinuxText {
  ui: Record<LinuxUiKey, string>;
  traces: Record<TraceName, string>;
  notes: Record<TraceName, string[]>;
}

/** Both locales' strings of the Linux panels. */
export const LINUX_STRINGS: Readonly<Record<Locale, LinuxText>> = {
  en: { ui: enUi, traces: enTraces, notes: enNotes },
  zh: { ui: zhUi, traces: zhTraces, notes: zhNotes },
};

/** `template` with each `{key}` replaced by vars[key]. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
