import Testing

@testable import SkillExtraction

/// Every trap of the TAXONOMY table, and the real uses next to them.
@Suite struct SkillMatcherTests {
    @Test(arguments: [
        ("I excel at patient care and excelled in school.", "excel"),
        ("I was the go-to person for reporting.", "go"),
        ("We go to market in May; a go-live in June.", "go"),
        ("Led the R&D team and R&R planning.", "r"),
        ("Explained R-squared to managers.", "r"),
        ("Reviewed by John R. Smith.", "r"),
        ("Scored a grade C in chemistry and met the C-suite.", "c"),
        ("Vitamin C research for C-level readers.", "c"),
        ("This sparked my interest in data.", "apache-spark"),
        ("Made filters with Spark AR and posts in Adobe Spark.", "apache-spark"),
        ("Took some rest after the launch.", "rest-apis"),
        ("Worked on digital marketing.", "git"),
        ("Built reactive dashboards.", "react"),
        ("Ran a community garden.", "unity"),
        ("Covered the per shift rota.", "openshift"),
        ("Attached my CV and cover letter.", "computer-vision"),
        ("Holds an LL.M. in tax law.", "llms"),
        ("Trained staff in GCP guidelines for clinical trials.", "gcp"),
        ("Certified NLP practitioner and life coach.", "nlp"),
        ("Full UK DL holder.", "deep-learning"),
        ("Julia and I led the workshop.", "julia"),
        ("A ray of hope for the team.", "ray"),
        ("Ran the 100 m dash.", "plotly-dash"),
        ("Washed every lab flask.", "flask"),
        ("Measured airflow in the clean room.", "airflow"),
        ("Read Kafka on the beach.", "kafka"),
        ("Kept a bee hive.", "hive"),
        ("Volunteered as the guinea pig.", "pig"),
        ("Balanced on the beam.", "apache-beam"),
        ("Weathered the storm.", "storm"),
        ("Gave swift feedback.", "swift"),
        ("Removed rust from the hull.", "rust"),
        ("Worked at a Shell station.", "bash"),
        ("Saw giant pandas at the zoo.", "pandas"),
        ("Carried the olympic torch.", "pytorch"),
    ])
    func rejectsOrdinaryWords(sentence: String, id: String) throws {
        let found = try Shipped.skills("Jane Doe\n\nSUMMARY\n\(sentence)\n")
        #expect(!found.contains(id), "\(id) found in: \(sentence)")
    }

    @Test(arguments: [
        ("Languages: Python, R, Go, C", ["python", "r", "go", "c"]),
        ("Built pipelines with Apache Spark and PySpark.", ["apache-spark", "pyspark"]),
        ("Tools: Spark, Hadoop, Hive, Kafka", ["apache-spark", "hadoop", "hive", "kafka"]),
        ("Reporting in MS Excel and Microsoft Excel.", ["excel"]),
        ("Designed RESTful APIs and a REST API gateway.", ["rest-apis"]),
        ("Used Git, React and Unity for a 3D game.", ["git", "react", "unity"]),
        ("Deployed on OpenShift and reported in Power BI.", ["openshift", "power-bi"]),
        ("Computer vision with OpenCV; CV models for detection.", ["computer-vision", "opencv"]),
        ("Fine-tuned LLMs with LoRA.", ["llms"]),
        ("Migrated from AWS to GCP and BigQuery.", ["aws", "gcp", "bigquery"]),
        ("Applied NLP with spaCy and transformers.", ["nlp", "spacy"]),
        ("Java and JavaScript, also Java Script and JS.", ["java", "javascript"]),
        ("Wrote services in Golang.", ["go"]),
        (
            "Models in scikit-learn, TensorFlow and PyTorch.",
            ["scikit-learn", "tensorflow", "pytorch"]
        ),
        ("Set up CI/CD and A/B testing.", ["ci-cd", "ab-testing"]),
        ("Built APIs with Node.js and .NET, UIs with Vue.js.", ["nodejs", "dotnet", "vuejs"]),
        (
            "Languages: C++, C#, Julia, Rust, Swift, Bash",
            ["cpp", "csharp", "julia", "rust", "swift", "bash"]
        ),
    ])
    func acceptsRealUses(sentence: String, ids: [String]) throws {
        let found = try Shipped.skills("Jane Doe\n\nEXPERIENCE\n\(sentence)\n")
        for id in ids {
            #expect(found.contains(id), "\(id) missing in: \(sentence) (found \(found.sorted()))")
        }
    }

    @Test func findsSkillsInHyphenatedAndJoinedSpellings() throws {
        let found = try Shipped.skills(
            "Jane Doe\n\nSKILLS\nScikit learn, scikitlearn, Scikit-Learn\n")
        #expect(found.contains("scikit-learn"))
    }
}
