import XCTest

@testable import Portfolio
@testable import SkillgapCore

/// One import statement per language, and the look-alikes that are not imports.
final class ImportScannerTests: XCTestCase {
    private func modules(_ ecosystem: PackageEcosystem, _ lines: String...) -> [String] {
        var scanner = ImportScanner(ecosystem: ecosystem)
        return lines.flatMap { scanner.modules(in: $0[...]) }
    }

    func testEachLanguagesImportStatementsAreRead() {
        XCTAssertEqual(
            modules(
                .python, "import os, torch.nn as nn", "from sklearn.metrics import f1",
                "from . import x", "from tensorflow.keras import layers"),
            [
                "os", "torch", "torch.nn", "sklearn", "sklearn.metrics", "tensorflow",
                "tensorflow.keras",
            ])
        XCTAssertEqual(modules(.python, "# import keras", "x = 'import tensorflow'"), [])
        XCTAssertEqual(
            modules(
                .r, "library(ggplot2)", "require('readr')", "x <- dplyr::filter(d)",
                "pacman::p_load(caret, xgboost)"),
            ["ggplot2", "readr", "dplyr", "caret", "xgboost", "pacman"])
        XCTAssertEqual(
            modules(.julia, "using Flux, MLJ: fit!", "import DataFrames.DataFrame"),
            ["Flux", "MLJ", "DataFrames"])
        XCTAssertEqual(
            modules(
                .npm, "import React from 'react';", "} from \"@tensorflow/tfjs-node/dist\";",
                "const x = require('./local')", "import('d3')"),
            ["react", "@tensorflow/tfjs-node", "d3"])
        XCTAssertEqual(
            modules(
                .go, "import (", "\t\"fmt\"", "\tgin \"github.com/gin-gonic/gin\"", ")",
                "var x = \"github.com/not/import\""), ["fmt", "github.com/gin-gonic/gin"])
        XCTAssertEqual(
            modules(
                .java, "import org.apache.spark.sql.SparkSession;",
                "import static org.junit.Assert.*;"),
            ["org.apache.spark.sql.SparkSession", "org.junit.Assert."])
        XCTAssertEqual(
            modules(.rust, "use tokio::runtime;", "use crate::model;", "extern crate serde;"),
            ["tokio", "serde"])
        XCTAssertEqual(
            modules(.swift, "import Foundation", "@testable import Yams"), ["Foundation", "Yams"])
        XCTAssertEqual(
            modules(
                .c, "#include <opencv2/core.hpp>", "# include \"cuda_runtime.h\"",
                "// #include <x.h>"), ["opencv2/core.hpp", "cuda_runtime.h"])
    }

    func testPackageNamesAreLookedUpByEcosystemAndPrefix() throws {
        var pack = try RulePackLoader.builtIn()
        pack.skills.append(
            Skill(
                id: "test-spark", name: "Test Spark", category: .dataTool, aliases: [],
                packages: [
                    SkillPackage(.java, "org.apache.spark"), SkillPackage(.go, "github.com/x/y"),
                    SkillPackage(.c, "acme"), SkillPackage(.python, "Scikit_Learn"),
                ]))
        let index = PackageIndex(pack: pack)
        XCTAssertEqual(index.skill("org.apache.spark.sql.SparkSession", in: .java), "test-spark")
        XCTAssertNil(index.skill("org.apache", in: .java))
        XCTAssertEqual(index.skill("github.com/x/y/sub", in: .go), "test-spark")
        XCTAssertEqual(index.skill("acme/core.hpp", in: .c), "test-spark")
        XCTAssertEqual(
            index.skill("scikit-learn", in: .python), "test-spark",
            "PEP 503: case, '-', '_' and '.' alike")
        XCTAssertNil(
            index.skill("org.apache.spark", in: .python), "an ecosystem's names are its own")
    }
}
