import Foundation
import ResumeReading

/// Reads resumes in worker processes (`skillgap worker`), one file per worker at a time, with a
/// time limit per file. A worker that dies or times out is replaced and the file reported.
final class WorkerPool: @unchecked Sendable {
    enum Outcome {
        case document(ResumeDocument)
        case failure(String)
    }

    private let executable: URL
    private let arguments: [String]
    private let timeout: Double
    private let lock = NSLock()
    private let available: DispatchSemaphore
    private var idle: [WorkerProcess] = []
    /// Every worker started and not yet stopped, busy or idle, by process id.
    private var running: [pid_t: WorkerProcess] = [:]
    private var stopping = false

    init(size: Int, timeout: Double, input: InputOptions) {
        executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        arguments = ["worker"] + input.arguments
        self.timeout = timeout
        available = DispatchSemaphore(value: size)
        // Writing to a worker that has just died must not kill the batch.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit {
        for worker in idle { worker.stop() }
    }

    /// Kills every worker, busy or idle, and starts no more: the batch is being stopped.
    func stopAll() {
        lock.lock()
        stopping = true
        let workers = Array(running.values)
        lock.unlock()
        for worker in workers { worker.terminate() }
    }

    /// The document at `file`, read by a worker.
    func document(at file: RawPath) -> Outcome {
        let path = file.shown
        available.wait()
        defer { available.signal() }
        lock.lock()
        var worker = idle.popLast()
        lock.unlock()
        if let stale = worker, !stale.isRunning {
            retire(stale)
            worker = nil
        }
        if worker == nil { worker = start() }
        guard let worker else { return .failure("\(path): cannot start a reader process") }
        switch worker.read(file, timeout: timeout) {
        case .reply(let data):
            lock.lock()
            idle.append(worker)
            lock.unlock()
            guard let reply = try? JSONDecoder().decode(Worker.Reply.self, from: data) else {
                return .failure("\(path): the reader process answered nonsense; try the file alone")
            }
            if let document = reply.document { return .document(document) }
            return .failure(reply.error ?? "\(path): unreadable")
        case .timedOut:
            retire(worker)
            return .failure(
                "\(path): reading took longer than \(Int(timeout)) s and was stopped; raise --timeout or check the file"
            )
        case .died:
            retire(worker)
            return .failure(
                "\(path): the reader crashed on this file; the file is damaged or hostile")
        }
    }

    private func retire(_ worker: WorkerProcess) {
        lock.lock()
        running[worker.processIdentifier] = nil
        lock.unlock()
        worker.stop()
    }

    /// A new worker, remembered so that `stopAll` can reach it; nil once the pool is stopping.
    private func start() -> WorkerProcess? {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping,
            let worker = try? WorkerProcess(executable: executable, arguments: arguments)
        else { return nil }
        running[worker.processIdentifier] = worker
        return worker
    }
}

/// One worker process and its pipes.
final class WorkerProcess {
    enum Result {
        case reply(Data)
        case timedOut
        case died
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer = Data()

    init(executable: URL, arguments: [String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    var isRunning: Bool { process.isRunning }
    var processIdentifier: pid_t { process.processIdentifier }

    /// Kills the worker without waiting for it; `stop` (or the batch's exit) reaps it.
    func terminate() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    func read(_ path: RawPath, timeout: Double) -> Result {
        guard var request = try? JSONEncoder().encode(path) else { return .died }
        request.append(0x0A)
        let written = request.withUnsafeBytes { bytes in
            Foundation.write(
                input.fileHandleForWriting.fileDescriptor, bytes.baseAddress, bytes.count)
        }
        guard written == request.count else { return .died }
        let deadline = Date().addingTimeInterval(timeout)
        let descriptor = output.fileHandleForReading.fileDescriptor
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return .reply(Data(line))
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return .timedOut }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 3600) * 1000))
            if ready == 0 { return .timedOut }
            if ready < 0 { if errno == EINTR { continue } else { return .died } }
            let count = Foundation.read(descriptor, &chunk, chunk.count)
            if count <= 0 { return .died }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
