import Foundation

/// Runs `work` on `jobs` threads and hands results back in input order, on the calling thread.
///
/// The caller submits inputs one at a time; at most `window` are in flight (submitted and not yet
/// handed back), so memory stays bounded whatever the input's length, and a slow page holds
/// back the output of at most `window` others.
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Submitted inputs; a slot is emptied when a worker takes it, so a page's bytes are not kept
    /// once it is being cleaned.
    private var queue: [(Int, Input)?] = []
    private var queueHead = 0
    private var results: [Int: Output] = [:]
    private var nextSubmit = 0
    private var nextEmit = 0
    private var closed = false
    private var threads: [Thread] = []
    private let window: Int
    private let work: @Sendable (Input) -> Output
    private let emit: (Output) -> Void

    /// Starts `jobs` worker threads.
    /// - Parameters:
    ///   - emit: called on the submitting thread, in input order.
    init(jobs: Int, window: Int, work: @escaping @Sendable (Input) -> Output, emit: @escaping (Output) -> Void) {
        self.window = max(window, jobs)
        self.work = work
        self.emit = emit
        for _ in 0..<max(1, jobs) {
            let t = Thread { [self] in self.workerLoop() }
            t.stackSize = 64 << 20   // deep pages: libxml2 and the tree copy get room
            threads.append(t)
            t.start()
        }
    }

    /// Queues one input; blocks while `window` inputs are in flight, emitting finished ones.
    func submit(_ input: Input) {
        condition.lock()
        queue.append((nextSubmit, input))
        nextSubmit += 1
        condition.broadcast()
        while nextSubmit - nextEmit >= window {
            if !emitReady() { condition.wait() }
        }
        _ = emitReady()
        condition.unlock()
    }

    /// Waits for every queued input, emits the rest, and stops the workers.
    func finish() {
        condition.lock()
        while nextEmit < nextSubmit {
            if !emitReady() { condition.wait() }
        }
        closed = true
        condition.broadcast()
        condition.unlock()
        waitForWorkers()
    }

    /// Drops inputs not yet started, lets running ones end (their results are emitted), and
    /// stops the workers. Used when a run is interrupted or stops at the first failure.
    func cancel() {
        condition.lock()
        let dropped = queue.count - queueHead
        queue.removeAll()
        queueHead = 0
        let target = nextSubmit - dropped
        nextSubmit = target
        while nextEmit < target {
            if !emitReady(limit: target) { condition.wait() }
        }
        closed = true
        condition.broadcast()
        condition.unlock()
        waitForWorkers()
    }

    /// Emits results ready in order (the lock is dropped while `emit` runs). True if any was.
    private func emitReady(limit: Int = .max) -> Bool {
        var any = false
        while nextEmit < limit, let r = results.removeValue(forKey: nextEmit) {
            nextEmit += 1
            any = true
            condition.unlock()
            emit(r)
            condition.lock()
        }
        return any
    }

    private var running = 0
    private func waitForWorkers() {
        condition.lock()
        while running > 0 || startedWorkers < threads.count { condition.wait() }
        // The threads' closures hold the pipeline: let go of them so it can be freed.
        threads.removeAll()
        condition.unlock()
    }

    private var startedWorkers = 0

    private func workerLoop() {
        condition.lock()
        running += 1
        startedWorkers += 1
        while true {
            while queueHead >= queue.count && !closed { condition.wait() }
            if queueHead >= queue.count && closed { break }
            let (index, input) = queue[queueHead]!
            queue[queueHead] = nil
            queueHead += 1
            if queueHead > 1024 && queueHead * 2 > queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            condition.unlock()
            let output = work(input)
            condition.lock()
            results[index] = output
            condition.broadcast()
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
