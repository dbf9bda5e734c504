using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkflowsAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Authority = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    WorkPlan = table.Column<string>(type: "TEXT", nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnSiteStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnSiteEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultsReportNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResultsReportDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultsReportText = table.Column<string>(type: "TEXT", nullable: true),
                    DraftConclusionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DraftConclusionText = table.Column<string>(type: "TEXT", nullable: true),
                    AppraisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppraisalBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppraisalOpinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConclusionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConclusionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConclusionSigner = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConclusionText = table.Column<string>(type: "TEXT", nullable: true),
                    PublicationChannel = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverdueFlagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WfDefinitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WfDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WfInstances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WfInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Result = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasuredValue = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseChecklistItems_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseDiaryEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDiaryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDiaryEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseDissents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDissents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDissents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvidence_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExtensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseFindings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AmountVnd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseFindings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseImplementationReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SanctionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountRecoveredVnd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseImplementationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseImplementationReports_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMinutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMinutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMinutes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSanctions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AmountVnd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Responsible = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountRecoveredVnd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: false),
                    CarryOverReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSanctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSanctions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSuspensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSuspensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSuspensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsLeader = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTeamMembers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WfBookmarks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProcessedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ProcessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WfBookmarks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WfBookmarks_WfInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WfInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WfHumanTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AssigneeRole = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PreviousTaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PreviousAssigneeUserId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SendBackReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WfHumanTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WfHumanTasks_WfInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WfInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WfIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    BookmarkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActionName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ErrorType = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WfIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WfIncidents_WfInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WfInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WfInstanceData",
                columns: table => new
                {
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariablesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WfInstanceData", x => x.InstanceId);
                    table.ForeignKey(
                        name: "FK_WfInstanceData_WfInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WfInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WfJournal",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    PayloadSummary = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: true),
                    DurationMs = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WfJournal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WfJournal_WfInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalTable: "WfInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseChecklistItems_CaseId_CriterionCode",
                table: "CaseChecklistItems",
                columns: new[] { "CaseId", "CriterionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseDiaryEntries_CaseId",
                table: "CaseDiaryEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDissents_CaseId",
                table: "CaseDissents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_CaseId",
                table: "CaseEvidence",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_StoredName",
                table: "CaseEvidence",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseExtensions_CaseId",
                table: "CaseExtensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFindings_CaseId",
                table: "CaseFindings",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseImplementationReports_CaseId",
                table: "CaseImplementationReports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseImplementationReports_SanctionId",
                table: "CaseImplementationReports",
                column: "SanctionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMinutes_CaseId",
                table: "CaseMinutes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Authority_Kind",
                table: "Cases",
                columns: new[] { "Authority", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Code",
                table: "Cases",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_IsDeleted",
                table: "Cases",
                column: "IsDeleted");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State",
                table: "Cases",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId",
                table: "Cases",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSanctions_CaseId",
                table: "CaseSanctions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSanctions_Status_Deadline",
                table: "CaseSanctions",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSuspensions_CaseId",
                table: "CaseSuspensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_CaseId_UserId",
                table: "CaseTeamMembers",
                columns: new[] { "CaseId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_UserId",
                table: "CaseTeamMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WfBookmarks_InstanceId",
                table: "WfBookmarks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_WfBookmarks_Status_DueAtUtc",
                table: "WfBookmarks",
                columns: new[] { "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WfDefinitions_DefinitionId_Version",
                table: "WfDefinitions",
                columns: new[] { "DefinitionId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_InstanceId",
                table: "WfHumanTasks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeRole", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeUserId", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WfIncidents_InstanceId",
                table: "WfIncidents",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_WfIncidents_Status_InstanceId",
                table: "WfIncidents",
                columns: new[] { "Status", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_WfInstances_CorrelationId",
                table: "WfInstances",
                column: "CorrelationId");

            migrationBuilder.CreateIndex(
                name: "IX_WfInstances_DefinitionId_DefinitionVersion_State",
                table: "WfInstances",
                columns: new[] { "DefinitionId", "DefinitionVersion", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_WfJournal_InstanceId_Sequence",
                table: "WfJournal",
                columns: new[] { "InstanceId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseChecklistItems");

            migrationBuilder.DropTable(
                name: "CaseDiaryEntries");

            migrationBuilder.DropTable(
                name: "CaseDissents");

            migrationBuilder.DropTable(
                name: "CaseEvidence");

            migrationBuilder.DropTable(
                name: "CaseExtensions");

            migrationBuilder.DropTable(
                name: "CaseFindings");

            migrationBuilder.DropTable(
                name: "CaseImplementationReports");

            migrationBuilder.DropTable(
                name: "CaseMinutes");

            migrationBuilder.DropTable(
                name: "CaseSanctions");

            migrationBuilder.DropTable(
                name: "CaseSuspensions");

            migrationBuilder.DropTable(
                name: "CaseTeamMembers");

            migrationBuilder.DropTable(
                name: "WfBookmarks");

            migrationBuilder.DropTable(
                name: "WfDefinitions");

            migrationBuilder.DropTable(
                name: "WfHumanTasks");

            migrationBuilder.DropTable(
                name: "WfIncidents");

            migrationBuilder.DropTable(
                name: "WfInstanceData");

            migrationBuilder.DropTable(
                name: "WfJournal");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "WfInstances");
        }
    }
}
