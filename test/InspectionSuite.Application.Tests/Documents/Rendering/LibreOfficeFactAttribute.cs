using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Rendering;

public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute() { if (LibreOffice.SkipReason is { } reason) Skip = reason; }
}
