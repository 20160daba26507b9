import Testing
@testable import Pith

@Test func placeholder() { #expect(Bool(true)) }
