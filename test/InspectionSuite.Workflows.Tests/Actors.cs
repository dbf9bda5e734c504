using InspectionSuite.Workflows.Contracts;

namespace InspectionSuite.Workflows.Tests;

public static class Actors
{
    public static readonly WorkflowActor Supervisor = new("u-sup", "Nguyễn Văn Giám Sát", ["Supervisor"], ["Cases.Decide", "Cases.Run", "Cases.Cancel", "Workflows.Tasks.Reassign"]);
    public static readonly WorkflowActor TeamLeader = new("u-lead", "Trần Thị Trưởng Đoàn", ["TeamLeader"], ["Cases.Run"]);
    public static readonly WorkflowActor Member = new("u-lan", "Lê Thị Lan", ["TeamMember"], []);
    public static readonly WorkflowActor Outsider = new("u-out", "Người ngoài", [], []);
}
