# An operating-system scheduler simulation in the spirit of Martin Richards'
# benchmark: an idle task, a worker, two handlers and two devices exchange
# packets through a priority scheduler. Object- and call-heavy.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, prio, queue, state):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.suspended = state
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (not self.suspended or self.waiting_with_packet())

    def waiting_with_packet(self):
        return self.suspended and self.queue is not None

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        if self.queue is None:
            self.suspended = False
        else:
            self.suspended = False
        return pkt

    def add_packet(self, pkt, current):
        if self.queue is None:
            self.queue = pkt
            pkt.link = None
            self.suspended = False
            if self.prio > current.prio:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, prio, count):
        Task.__init__(self, sched, ident, prio, None, False)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue, True)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.suspend_self()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.sched.send(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue):
        Task.__init__(self, sched, ident, prio, queue, True)
        self.work = None
        self.device = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.device = pkt.append_to(self.device)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count >= BUFSIZE:
                self.work = work.link
                return self.sched.send(work)
            if self.device is not None:
                dev = self.device
                self.device = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.send(dev)
        return self.sched.suspend_self()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None, True)
        self.pending = None

    def run(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.sched.suspend_self()
            p = self.pending
            self.pending = None
            return self.sched.send(p)
        self.pending = pkt
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.send_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.prio > self.current.prio:
            return t
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def suspend_self(self):
        self.current.suspended = True
        return self.current

    def send(self, pkt):
        target = self.table[pkt.ident]
        self.send_count += 1
        pkt.ident = self.current.ident
        return target.add_packet(pkt, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.held or (t.suspended and t.queue is None):
                t = t.next
                continue
            self.current = t
            pkt = None
            if t.suspended and t.queue is not None:
                pkt = t.take_packet()
            t = t.run(pkt)


def build(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    q = Packet(None, WORKER, KIND_WORK)
    q = Packet(q, WORKER, KIND_WORK)
    WorkTask(s, WORKER, 1000, q)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    return s


def main(iterations):
    for _ in range(iterations):
        s = build(10000)
        s.run()
    print("sends=%d holds=%d" % (s.send_count, s.hold_count))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
