import Foundation
import Testing
@testable import PithBatch

final class Collected: @unchecked Sendable { var values: [Int] = [] }

@Test func resultsComeBackInInputOrder() {
    let got = Collected()
    let p = OrderedPipeline<Int, Int>(jobs: 4, window: 8, work: { i in
        usleep(UInt32((i * 7919) % 13) * 300)   // uneven work
        return i * 2
    }, emit: { got.values.append($0) })
    for i in 0..<200 { p.submit(i) }
    p.finish()
    #expect(got.values == (0..<200).map { $0 * 2 })
}

@Test func cancelEmitsWhatStartedAndDropsTheRest() {
    let got = Collected()
    let p = OrderedPipeline<Int, Int>(jobs: 2, window: 6, work: { i in usleep(2000); return i }, emit: { got.values.append($0) })
    for i in 0..<5 { p.submit(i) }
    p.cancel()
    // Whatever came back is a prefix of the input, in order.
    #expect(got.values == Array(0..<got.values.count))
    #expect(got.values.count <= 5)
}
