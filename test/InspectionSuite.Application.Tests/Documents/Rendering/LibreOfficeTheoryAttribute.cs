using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Rendering;

public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute() { if (LibreOffice.SkipReason is { } reason) Skip = reason; }
}
