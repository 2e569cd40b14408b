import Foundation

/// Project folders written for the tests: a PyTorch project with a notebook, a dbt project, a
/// service with a Dockerfile and CI, and a folder with vendored code, a binary and a link loop.
enum PortfolioFixtures {
    static func write(_ files: [String: String], under root: URL) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "skillgap-portfolio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let notebook = """
        {"cells": [
          {"cell_type": "markdown", "source": ["# import tensorflow (not code)"]},
          {"cell_type": "code", "source": ["import numpy as np\\n", "import matplotlib.pyplot as plt\\n", "x = np.arange(10)\\n"]}
        ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """

    static let pytorchProject: [String: String] = [
        "requirements.txt": "torch==2.3.0\npandas>=2.0  # data frames\nscikit-learn\n",
        "train.py": "import torch\nfrom sklearn.metrics import f1_score\nimport pandas as pd\n\n"
            + String(repeating: "x = 1\n", count: 30),
        "notebooks/explore.ipynb": notebook,
        "tests/test_model.py":
            "import torch\n\ndef test_shape():\n    assert torch.zeros(2).shape[0] == 2\n",
        "README.md":
            "# Churn model\n\n## Problem\nCustomers leave.\n\n## Approach\nA PyTorch model.\n\n## Results\nF1 0.81 against a 0.70 baseline.\n",
        "LICENSE": "MIT License\n",
    ]

    static let dbtProject: [String: String] = [
        "dbt_project.yml": "name: shop\nversion: '1.0'\n",
        "models/orders.sql": "select * from {{ ref('stg_orders') }}\nwhere status = 'paid'\n"
            + String(repeating: "-- line\nselect 1\n", count: 10),
        "README.md": "# Shop warehouse\n\nModels for the shop.\n",
    ]

    static let serviceProject: [String: String] = [
        "requirements.txt": "fastapi\nuvicorn\n",
        "app/main.py": "from fastapi import FastAPI\napp = FastAPI()\n"
            + String(repeating: "y = 2\n", count: 20),
        "Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n",
        ".github/workflows/ci.yml":
            "name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n",
        "deploy/service.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n",
    ]
}
