import Foundation
import Testing
@testable import Pith

struct DateNormalizerTests {
    @Test func dayCountsAgreeWithTheGregorianCalendar() {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        var date = cal.date(from: DateComponents(year: 1899, month: 12, day: 25))!
        while cal.component(.year, from: date) < 2110 {
            let c = cal.dateComponents([.year, .month, .day], from: date)
            let days = DateNormalizer.daysSince1970(c.year!, c.month!, c.day!)
            #expect(Double(days) * 86_400 == date.timeIntervalSince1970, "\(c)")
            date = date.addingTimeInterval(86_400 * 11)   // every 11th day: all months, both leap rules
        }
    }

    @Test func futureDatesAreRejectedPastOnesKept() {
        let now = ISO8601DateFormatter().date(from: "2024-03-01T12:00:00Z")!
        #expect(DateNormalizer.isNotFuture("2024-03-02", now: now))          // within a day
        #expect(!DateNormalizer.isNotFuture("2024-03-03", now: now))
        #expect(DateNormalizer.isNotFuture("2024-02-29", now: now))          // leap day
        #expect(DateNormalizer.isNotFuture("2024-02-29T10:00:00Z", now: now))
        #expect(!DateNormalizer.isNotFuture("2024-02-2\u{301}", now: now))   // a mark on the last digit
        #expect(DateNormalizer.isNotFuture("2024-2-9", now: now))             // parts of any length
        #expect(DateNormalizer.isNotFuture("1999-12-31T23:59:00Z", now: now))
        #expect(DateNormalizer.normalize("2024-03-05", now: now) == nil)
        #expect(DateNormalizer.normalize("20240229", now: now) == "2024-02-29")
    }
}
