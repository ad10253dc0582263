/// Why text that was in a file is invisible to a reader, and so left out of the analysis.
public enum HiddenTextReason: Hashable, Codable, Sendable {
    /// White text on a white (or unshaded) background.
    case whiteText
    /// Text set smaller than `points`, unreadable in print.
    case tinyText(belowPoints: Int)
    /// Text placed outside the page.
    case offPage
    /// Content of an element that never shows (`<noscript>`, `<template>`), by its name.
    case concealingElement(String)
    /// An HTML element with the `hidden` attribute.
    case hiddenAttribute
    /// An HTML element styled `display:none`.
    case displayNone
    /// An HTML element styled `visibility:hidden`.
    case visibilityHidden
    /// A DOCX run marked `w:vanish`.
    case vanishedRun
}
