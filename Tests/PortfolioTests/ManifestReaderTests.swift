import XCTest

@testable import Portfolio
@testable import SkillgapCore

/// Each manifest shape, with the line every package is declared on.
final class ManifestReaderTests: XCTestCase {
    private func read(_ name: String, _ text: String) -> [String] {
        ManifestReader.packages(fileName: name, text: text).map {
            "\($0.ecosystem.rawValue):\($0.name)@\($0.line)"
        }
    }

    func testEachManifestShapeIsRead() {
        XCTAssertEqual(
            read(
                "pyproject.toml",
                "[project]\nname = \"x\"\ndependencies = [\n  \"numpy>=1.24\",\n  'torch',\n]\n[project.optional-dependencies]\ndev = [\"pytest\"]\n[tool.poetry.dependencies]\npython = \"^3.10\"\npandas = \"^2\"\n"
            ),
            ["python:numpy@4", "python:torch@5", "python:pytest@8", "python:pandas@11"])
        XCTAssertEqual(
            read(
                "setup.py",
                "setup(\n    name='x',\n    install_requires=['scipy>=1', \"requests\"],\n    version='1',\n)\n"
            ),
            ["python:scipy@3", "python:requests@3"])
        XCTAssertEqual(
            read(
                "environment.yml",
                "name: env\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n  - conda-forge::xgboost=2.0\n  - pip:\n    - wandb\n"
            ),
            ["python:xgboost@6", "python:wandb@8"])
        XCTAssertEqual(
            read(
                "package.json",
                "{\n  \"name\": \"app\",\n  \"dependencies\": {\n    \"react\": \"^18\",\n    \"@tensorflow/tfjs\": \"4\"\n  },\n  \"scripts\": {\"test\": \"jest\"},\n  \"devDependencies\": { \"jest\": \"29\" }\n}\n"
            ),
            ["npm:react@4", "npm:@tensorflow/tfjs@5", "npm:jest@8"])
        XCTAssertEqual(
            read(
                "Project.toml",
                "name = \"ML101\"\n[deps]\nFlux = \"587f\"\n[compat]\njulia = \"1.9\"\n"),
            ["julia:Flux@3"])
        XCTAssertEqual(
            read("Cargo.toml", "[package]\nname = \"x\"\n[dependencies]\nserde = \"1\"\n"),
            ["rust:serde@4"])
        XCTAssertEqual(
            read(
                "go.mod",
                "module x\nrequire github.com/a/b v1\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n)\n"
            ),
            ["go:github.com/a/b@2", "go:github.com/gin-gonic/gin@4"])
        XCTAssertEqual(
            read(
                "pom.xml",
                "<project>\n<dependency>\n<groupId>org.apache.spark</groupId>\n<artifactId>spark-core_2.12</artifactId>\n</dependency>\n<artifactId>mine</artifactId>\n</project>\n"
            ),
            ["java:org.apache.spark@3", "java:spark-core_2.12@4"])
        XCTAssertEqual(
            read(
                "build.gradle",
                "dependencies {\n  implementation 'org.tensorflow:tensorflow-core-platform:0.5.0'\n}\n"
            ), ["java:org.tensorflow@2", "java:tensorflow-core-platform@2"])
        XCTAssertEqual(
            read(
                "Package.swift",
                ".package(url: \"https://github.com/jpsim/Yams.git\", from: \"6.0.0\"),\n"),
            ["swift:Yams@1"])
        XCTAssertEqual(
            read("requirements-dev.txt", "pytest>=7  # tests\n-e .\ngit+https://x/y.git\n"),
            ["python:pytest@1"])
        XCTAssertEqual(read("notes.txt", "torch\n"), [], "not a manifest")
    }

    func testANotebookPipInstallDeclaresPackages() {
        XCTAssertEqual(
            ManifestReader.pipInstall("!pip install -q transformers datasets==2.0"),
            ["transformers", "datasets"])
        XCTAssertEqual(ManifestReader.pipInstall("print('pip install x')"), [])
    }
}
