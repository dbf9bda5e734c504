namespace InspectionSuite.EntityFrameworkCore;

internal sealed class ReadingWorkload : IScopeWorkload
{
    public bool ChangesData => false;
}
