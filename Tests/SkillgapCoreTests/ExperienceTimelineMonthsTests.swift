import Foundation
import XCTest

@testable import SkillgapCore

/// `ExperienceTimeline.months(of:)` works the month out by arithmetic; Foundation's Gregorian calendar is the
/// reference it must agree with.
final class ExperienceTimelineMonthsTests: XCTestCase {
    private func calendarMonths(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return parts.year! * 12 + parts.month! - 1
    }

    func testEveryMonthBoundaryFrom1900To2200MatchesTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var checked = 0
        for year in 1900...2200 {
            for month in 1...12 {
                let first = calendar.date(from: DateComponents(year: year, month: month, day: 1))!
                for date in [first, first.addingTimeInterval(-1), first.addingTimeInterval(1)] {
                    XCTAssertEqual(
                        ExperienceTimeline.months(of: date), calendarMonths(of: date), "\(date)")
                    checked += 1
                }
            }
        }
        XCTAssertEqual(checked, 301 * 12 * 3)
    }

    func testLeapDaysAndRandomInstantsMatchTheCalendar() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            // From 1600 to 2400, on both sides of 1970.
            let seconds = Double(
                Int64.random(in: -11_676_096_000...13_569_465_600, using: &generator))
            let date = Date(
                timeIntervalSince1970: seconds + Double.random(in: 0..<1, using: &generator))
            XCTAssertEqual(ExperienceTimeline.months(of: date), calendarMonths(of: date), "\(date)")
        }
        let leapDay = Date(timeIntervalSince1970: 951_782_400)  // 2000-02-29T00:00:00Z
        XCTAssertEqual(ExperienceTimeline.months(of: leapDay), 2000 * 12 + 1)
        XCTAssertEqual(
            ExperienceTimeline.months(of: leapDay.addingTimeInterval(86_400)), 2000 * 12 + 2)
    }
}
