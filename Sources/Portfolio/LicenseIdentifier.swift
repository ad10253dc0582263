/// The SPDX identifier of a licence text, from the phrases each licence opens with.
enum LicenseIdentifier {
    /// Phrases (lower-case, all must appear) and the identifier they mean, most specific first.
    static let signatures: [([String], String)] = [
        (["gnu affero general public license", "version 3"], "AGPL-3.0"),
        (["gnu lesser general public license", "version 3"], "LGPL-3.0"),
        (["gnu lesser general public license", "version 2.1"], "LGPL-2.1"),
        (["gnu general public license", "version 3"], "GPL-3.0"),
        (["gnu general public license", "version 2"], "GPL-2.0"),
        (["apache license", "version 2.0"], "Apache-2.0"),
        (["mozilla public license", "2.0"], "MPL-2.0"),
        (["permission is hereby granted, free of charge"], "MIT"),
        (
            ["redistribution and use in source and binary forms", "neither the name"],
            "BSD-3-Clause"
        ),
        (["redistribution and use in source and binary forms"], "BSD-2-Clause"),
        (
            ["permission to use, copy, modify, and/or distribute this software for any purpose"],
            "ISC"
        ),
        (["this is free and unencumbered software released into the public domain"], "Unlicense"),
        (["creative commons attribution 4.0"], "CC-BY-4.0"),
        (["cc0 1.0 universal"], "CC0-1.0"),
        (["boost software license"], "BSL-1.0"),
        (["eclipse public license", "2.0"], "EPL-2.0"),
    ]

    static func spdx(of text: String) -> String? {
        if let range = text.range(of: "SPDX-License-Identifier:") {
            let value = text[range.upperBound...].drop { $0 == " " }.prefix { !$0.isWhitespace }
            if !value.isEmpty { return String(value) }
        }
        let lower = String(text.prefix(4000)).lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return signatures.first { phrases, _ in phrases.allSatisfy { lower.contains($0) } }?.1
    }
}
