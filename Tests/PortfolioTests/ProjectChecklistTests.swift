import Foundation
import XCTest

@testable import Portfolio
@testable import SkillgapCore

/// The presentation and reproducibility checklist, on a project made in a temporary folder.
final class ProjectChecklistTests: XCTestCase {
    private static let pack = try! RulePackLoader.builtIn()

    private func project(_ files: [String: String]) throws -> PortfolioProject {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "checklist-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        return try ProjectScanner(pack: Self.pack).scan(root.path)
    }

    private func status(_ project: PortfolioProject) -> [String: Bool] {
        Dictionary(uniqueKeysWithValues: project.checks.map { ($0.id, $0.ok) })
    }

    func testAWellPresentedProjectPassesAndAPoorOneIsToldWhatToAdd() throws {
        // A fake token, built so that this file holds no token-shaped string itself.
        let token = "ghp" + "_" + String(repeating: "a1B2", count: 9)
        let notebook = """
            {"cells": [
             {"cell_type": "code", "execution_count": 2, "outputs": [{"output_type": "error"}], "source": ["import torch"]},
             {"cell_type": "code", "execution_count": 1, "outputs": [], "source": ["model.fit(x, y)"]}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """
        let good = try project([
            "README.md": """
            # Flower classifier
            The goal is to classify 102 flower species from photos, using the Oxford Flowers dataset.
            The approach: transfer learning on a pretrained VGG16 model.
            Test accuracy: 91.4% after 10 epochs.
            ![confusion matrix](figures/confusion.png)
            ```
            python train.py --epochs 10
            ```
            """,
            "LICENSE":
                "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy",
            "requirements.txt": "torch==2.1.0\nscikit-learn==1.3.2\n",
            "train.py": "import torch\nmodel.fit(x, y)\n",
            "evaluate.py": "from sklearn.metrics import f1_score\nprint(f1_score(y, p))\n",
            "tests/test_model.py": "def test_shape():\n    assert True\n",
            ".github/workflows/ci.yml": "name: ci\n",
            ".env": "GITHUB_TOKEN=\(token)\n",
            "notebooks/Untitled.ipynb": notebook,
        ])
        let checks = status(good)
        for id in [
            "readme-problem", "readme-approach", "readme-results", "readme-run", "readme-dataset",
            "readme-figures",
            "dependencies", "dependencies-pinned", "training-code", "evaluation-code", "tests",
            "ci", "license",
        ] {
            XCTAssertEqual(checks[id], true, id)
        }
        XCTAssertEqual(good.checks.first { $0.id == "license" }?.detail, "MIT (LICENSE)")
        for id in ["notebooks-in-order", "notebooks-errors", "notebooks-named", "secrets"] {
            XCTAssertEqual(checks[id], false, id)
        }
        let secrets = try XCTUnwrap(good.checks.first { $0.id == "secrets" })
        XCTAssertTrue(secrets.detail.contains("GitHub token ghp_… at .env:1"), secrets.detail)
        XCTAssertFalse(
            good.checks.map(\.detail).joined().contains(token), "the token is never repeated")

        let poor = status(
            try project(["main.py": "print('hi')\n", "requirements.txt": "torch\npandas\n"]))
        XCTAssertEqual(poor["readme"], false)
        XCTAssertNil(poor["readme-results"], "no README, no README items")
        XCTAssertEqual(poor["dependencies-pinned"], false)
        XCTAssertEqual(poor["tests"], false)
        XCTAssertEqual(poor["license"], false)
        XCTAssertNil(poor["notebooks-in-order"], "no notebook, no notebook items")
    }

    func testResultsNeedAMetricAndAMeasuredNumber() {
        XCTAssertNotNil(ProjectChecklist.resultLine(in: "We reach an F1 of 0.87 on the test set."))
        XCTAssertNotNil(
            ProjectChecklist.resultLine(
                in: "| model | accuracy |\n| CNN | 93% |".replacingOccurrences(
                    of: "\n| CNN", with: " CNN")))
        XCTAssertNil(
            ProjectChecklist.resultLine(in: "python predict.py checkpoint_best_acc 2"),
            "no metric word")
        XCTAssertNil(
            ProjectChecklist.resultLine(in: "Accuracy will be reported in version 2"),
            "no measured number")
        XCTAssertNil(
            ProjectChecklist.resultLine(in: "- Target accuracy: **90% or higher**"),
            "a goal, not a result")
        XCTAssertNil(
            ProjectChecklist.resultLine(in: "```\nprint(accuracy, 0.5)\n```"),
            "code is not a result")
    }

    func testLicencesAreNamedBySPDXIdentifiers() {
        XCTAssertEqual(
            LicenseIdentifier.spdx(of: "Apache License\n Version 2.0, January 2004"), "Apache-2.0")
        XCTAssertEqual(
            LicenseIdentifier.spdx(of: "// SPDX-License-Identifier: BSD-3-Clause\n"), "BSD-3-Clause"
        )
        XCTAssertEqual(
            LicenseIdentifier.spdx(of: "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007"),
            "GPL-3.0")
        XCTAssertNil(LicenseIdentifier.spdx(of: "All rights reserved."))
    }
}
