namespace InspectionSuite.Documents;

/// <summary>Where an entry of the document register (sổ đăng ký văn bản) stands.</summary>
public enum IssuedDocumentStatus
{
    /// <summary>Issued and in force: downloads return the stored file.</summary>
    Issued,
    /// <summary>Replaced by a correction (a new document with its own number that references this one).</summary>
    Superseded,
    /// <summary>The case it belongs to was cancelled: the register marks it; the stored file is kept unchanged.</summary>
    Cancelled,
}
