namespace InspectionSuite.Permissions;

/// <summary>
/// Every permission name, in one place. Pages and endpoints name one of these in [Authorize(Policy = ...)];
/// roles receive them through PermissionGrants. <see cref="DefaultGrants"/> is what a new database seeds.
/// </summary>
public static class InspectionSuitePermissions
{
    public const string GroupName = "InspectionSuite";

    public static class Dashboard
    {
        public const string Default = GroupName + ".Dashboard";
    }

    public static class Units
    {
        public const string Default = GroupName + ".Units";
        public const string Manage = Default + ".Manage";
        public const string Import = Default + ".Import";
    }

    public static class Cases
    {
        public const string Default = GroupName + ".Cases";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
        public const string Assign = Default + ".Assign";
        public const string RecordFindings = Default + ".RecordFindings";
        public const string Evidence = Default + ".Evidence";
        /// <summary>
        /// Fires the workflow step from Concluding to Published in version 1 of the definitions. Recording the concluding
        /// parts needs the separate permissions below, so that no one person drafts, appraises, signs and publishes.
        /// </summary>
        public const string Conclude = Default + ".Conclude";
        /// <summary>The team drafts the conclusion and its members record their dissents (bảo lưu ý kiến).</summary>
        public const string DraftConclusion = Default + ".DraftConclusion";
        /// <summary>The team records the inspected unit's explanation (giải trình) on the draft conclusion.</summary>
        public const string RecordExplanation = Default + ".RecordExplanation";
        /// <summary>Appraises (thẩm định) the draft conclusion; refused to members of the case's team (their own draft).</summary>
        public const string Appraise = Default + ".Appraise";
        /// <summary>
        /// The người ra quyết định (Leadership): decides, approves the work plan, grants the extension and signs the
        /// conclusion; refused to members of the case's team when signing (their own draft).
        /// </summary>
        public const string Decide = Default + ".Decide";
        /// <summary>Records the publication (công khai) of a signed conclusion on the portal.</summary>
        public const string Publish = Default + ".Publish";
        public const string Sanction = Default + ".Sanction";
        public const string FollowUp = Default + ".FollowUp";
        public const string ReportImplementation = Default + ".ReportImplementation";
        /// <summary>Team members ask the unit for documents and accept or return its answers.</summary>
        public const string DocumentRequests = Default + ".DocumentRequests";
        /// <summary>The unit's representative answers document requests (and sees the "My unit" page).</summary>
        public const string AnswerDocumentRequests = Default + ".AnswerDocumentRequests";
        public const string Cancel = Default + ".Cancel";
        public const string ViewAll = Default + ".ViewAll";
    }

    public static class Tasks
    {
        public const string Default = GroupName + ".Tasks";
        public const string Reassign = Default + ".Reassign";
    }

    public static class Planning
    {
        public const string Default = GroupName + ".Planning";
        public const string Draw = Default + ".Draw";
        public const string Approve = Default + ".Approve";
    }

    public static class Reports
    {
        public const string Default = GroupName + ".Reports";
        public const string Sanctions = Default + ".Sanctions";
        public const string Export = Default + ".Export";
    }

    /// <summary>The document register (sổ đăng ký văn bản): the văn thư's view and issuing numbered, frozen documents.</summary>
    public static class Documents
    {
        /// <summary>See the register of an issuing body and download the issued (frozen) files.</summary>
        public const string Register = GroupName + ".Documents.Register";
        /// <summary>Issue a case document: take the register's next number and freeze the file.</summary>
        public const string Issue = Register + ".Issue";
    }

    /// <summary>Monitoring of every unit (issue 15): unit plans, periodic KPI reports, province figures, dashboard.</summary>
    public static class Monitoring
    {
        /// <summary>Reads the reporting periods and a unit's report (a unit representative: only their own unit).</summary>
        public const string Default = GroupName + ".Monitoring";
        /// <summary>The unit representative submits their unit's plan and periodic reports (never another unit's).</summary>
        public const string Submit = Default + ".Submit";
        /// <summary>Sở Nội vụ: every unit's reports, the province figures, the plan tracker and the dashboard.</summary>
        public const string ViewAll = Default + ".ViewAll";
        /// <summary>Sở Nội vụ returns a unit's report with a reason.</summary>
        public const string Review = Default + ".Review";
    }

    public static class Workflows
    {
        public const string Default = GroupName + ".Workflows";
        public const string Publish = Default + ".Publish";
        public const string Alter = Default + ".Alter";
    }

    public static class Administration
    {
        public const string Users = GroupName + ".Users";
        public const string Roles = GroupName + ".Roles";
        public const string Permissions = GroupName + ".Permissions";
        public const string AuditLog = GroupName + ".AuditLog";
        public const string AuditVerify = AuditLog + ".Verify";
        public const string ViewDeleted = GroupName + ".ViewDeleted";
    }

    /// <summary>All permission names, found by reflection over the nested classes (one source of truth).</summary>
    public static IReadOnlyList<string> All { get; } = typeof(InspectionSuitePermissions)
        .GetNestedTypes()
        .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static bool IsDefined(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>Grants seeded for each role in a new database; admins change them on the Permissions page.</summary>
    public static IReadOnlyDictionary<string, string[]> DefaultGrants { get; } = new Dictionary<string, string[]>
    {
        [InspectionSuiteRoles.Admin] = All.ToArray(),
        [InspectionSuiteRoles.Supervisor] =
        [
            Dashboard.Default, Units.Default, Cases.Default, Cases.Create, Cases.Edit, Cases.Assign, Cases.ViewAll,
            Cases.Cancel, Cases.Conclude, Cases.Appraise, Cases.Publish, Cases.Sanction, Cases.FollowUp, Tasks.Default, Tasks.Reassign,
            Planning.Default, Planning.Draw, Planning.Approve, Reports.Default, Reports.Export, Workflows.Default,
            Documents.Register, Documents.Issue,
            Monitoring.Default, Monitoring.ViewAll, Monitoring.Review,
        ],
        [InspectionSuiteRoles.Inspector] =
        [
            Dashboard.Default, Units.Default, Cases.Default, Cases.Edit, Cases.RecordFindings, Cases.Evidence,
            Cases.DraftConclusion, Cases.RecordExplanation, Cases.Sanction, Cases.FollowUp, Cases.DocumentRequests, Tasks.Default,
            Reports.Default,
        ],
        [InspectionSuiteRoles.Leadership] =
        [
            Dashboard.Default, Units.Default, Cases.Default, Cases.ViewAll, Cases.Conclude, Cases.Decide, Cases.Publish,
            Tasks.Default, Reports.Default, Reports.Sanctions, Reports.Export, Planning.Default, Planning.Approve,
            Documents.Register, Documents.Issue,
            Monitoring.Default, Monitoring.ViewAll,
        ],
        [InspectionSuiteRoles.UnitRepresentative] =
        [
            Dashboard.Default, Cases.Default, Cases.ReportImplementation, Cases.AnswerDocumentRequests, Cases.Evidence, Tasks.Default,
            Monitoring.Default, Monitoring.Submit,
        ],
    };
}
