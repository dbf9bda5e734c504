using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Authority = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: false),
                    CooldownYears = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    AlgorithmVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InputsJson = table.Column<string>(type: "TEXT", nullable: true),
                    DrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DrawIsStale = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApproverId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_AnnualPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    EmailNotifications = table.Column<bool>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TimeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordCount = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mac = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    TimeUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Authorities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<int>(type: "INTEGER", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Authorities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IssuedDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Authority = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Docx = table.Column<byte[]>(type: "BLOB", nullable: false),
                    DocxSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true),
                    PdfSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectsId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_IssuedDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TitleKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MessageKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ArgsJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PermissionGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PermissionName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermissionGrants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Units", x => x.Id);
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
                name: "AnnualPlanAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualPlanAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualPlanAdjustments_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnnualPlanAmendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AlgorithmVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InputsJson = table.Column<string>(type: "TEXT", nullable: false),
                    AddedUnits = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualPlanAmendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualPlanAmendments_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnnualPlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Stratum = table.Column<int>(type: "INTEGER", nullable: false),
                    Selected = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    DetailFacts = table.Column<string>(type: "TEXT", nullable: true),
                    LastCheckedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RiskScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Amendment = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    PlannedQuarter = table.Column<int>(type: "INTEGER", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualPlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualPlanItems_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnnualPlanRiskScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualPlanRiskScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualPlanRiskScores_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmailOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NotificationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AbandonedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailOutbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmailOutbox_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                    WorkPlan = table.Column<string>(type: "TEXT", nullable: true),
                    WorkPlanApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkPlanApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnSiteStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OnSiteEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedOnSiteStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlannedOnSiteEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConclusionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConclusionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConclusionSigner = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConclusionText = table.Column<string>(type: "TEXT", nullable: true),
                    AccountabilityVerdict = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountabilityText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OverdueFlagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsUnannounced = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnannouncedReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SelfAssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SelfAssessedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecommendationLetterNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RecommendationLetterDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendationLetterText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DirectionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DirectionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DirectionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AccountableHeadName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AccountableHeadPosition = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppraisalBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppraisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppraisalOpinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LegalBasisVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DraftConclusionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DraftConclusionText = table.Column<string>(type: "TEXT", nullable: true),
                    ExtensionRequestDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ExtensionRequestReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExtensionRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExtensionRequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ExtensionRequestedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublicationChannel = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PublishedFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultsReportDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultsReportNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResultsReportText = table.Column<string>(type: "TEXT", nullable: true),
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
                name: "UnitImplementationPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
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
                    table.PrimaryKey("PK_UnitImplementationPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitImplementationPlans_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitKpiReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FiguresJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
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
                    table.PrimaryKey("PK_UnitKpiReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitKpiReports_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitSuccessions",
                columns: table => new
                {
                    PredecessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Effective = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitSuccessions", x => new { x.PredecessorId, x.SuccessorId });
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitSuccessions_Units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Units",
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
                name: "CaseDocumentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocumentRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocumentRequests_Cases_CaseId",
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
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DocumentRequestAnswerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImplementationReportId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                name: "CaseExplanations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Maintained = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExplanations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExplanations_Cases_CaseId",
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
                name: "CaseExternalMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExternalMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExternalMembers_Cases_CaseId",
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
                name: "CaseFollowUps",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFollowUps", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseFollowUps_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMemberReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    EvidenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMemberReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMemberReports_Cases_CaseId",
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
                name: "CaseSelfAssessmentEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSelfAssessmentEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSelfAssessmentEntries_Cases_CaseId",
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
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ContinuationDecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ContinuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                name: "CaseTeamChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AddedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AddedAsLeader = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemovedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemovedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemovedWasLeader = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTeamChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTeamChanges_Cases_CaseId",
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
                name: "CaseViewers",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseViewers", x => new { x.UserId, x.CaseId });
                    table.ForeignKey(
                        name: "FK_CaseViewers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseDocumentRequestAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocumentRequestAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocumentRequestAnswers_CaseDocumentRequests_DocumentRequestId",
                        column: x => x.DocumentRequestId,
                        principalTable: "CaseDocumentRequests",
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
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Review = table.Column<int>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseImplementationReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseImplementationReports_CaseFollowUps_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CaseFollowUps",
                        principalColumn: "CaseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseReChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseReChecks_CaseFollowUps_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CaseFollowUps",
                        principalColumn: "CaseId",
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
                    CarryOverReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSanctions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSanctions_CaseFollowUps_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CaseFollowUps",
                        principalColumn: "CaseId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseReCheckInspectors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReCheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReCheckInspectors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseReCheckInspectors_CaseReChecks_ReCheckId",
                        column: x => x.ReCheckId,
                        principalTable: "CaseReChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseReCheckResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReCheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SanctionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    VerifiedRecoveredVnd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 0, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReCheckResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseReCheckResults_CaseReChecks_ReCheckId",
                        column: x => x.ReCheckId,
                        principalTable: "CaseReChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlanAdjustments_PlanId_UnitCode",
                table: "AnnualPlanAdjustments",
                columns: new[] { "PlanId", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlanAmendments_PlanId_Number",
                table: "AnnualPlanAmendments",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlanItems_PlanId_Stratum_Reason",
                table: "AnnualPlanItems",
                columns: new[] { "PlanId", "Stratum", "Reason" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlanItems_PlanId_UnitCode",
                table: "AnnualPlanItems",
                columns: new[] { "PlanId", "UnitCode" });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlanRiskScores_PlanId_UnitCode",
                table: "AnnualPlanRiskScores",
                columns: new[] { "PlanId", "UnitCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlans_Authority_Year",
                table: "AnnualPlans",
                columns: new[] { "Authority", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlans_IsDeleted",
                table: "AnnualPlans",
                column: "IsDeleted");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_UnitId",
                table: "AspNetUsers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_RecordCount",
                table: "AuditCheckpoints",
                column: "RecordCount");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_TimeUtc",
                table: "AuditLog",
                column: "TimeUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_UserName",
                table: "AuditLog",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_Authorities_Code",
                table: "Authorities",
                column: "Code",
                unique: true);

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
                name: "IX_CaseDocumentRequestAnswers_DocumentRequestId",
                table: "CaseDocumentRequestAnswers",
                column: "DocumentRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocumentRequests_CaseId_Status",
                table: "CaseDocumentRequests",
                columns: new[] { "CaseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_CaseId",
                table: "CaseEvidence",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_DocumentRequestAnswerId",
                table: "CaseEvidence",
                column: "DocumentRequestAnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_ImplementationReportId",
                table: "CaseEvidence",
                column: "ImplementationReportId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_StoredName",
                table: "CaseEvidence",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseExplanations_CaseId",
                table: "CaseExplanations",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseExtensions_CaseId",
                table: "CaseExtensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseExternalMembers_CaseId",
                table: "CaseExternalMembers",
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
                name: "IX_CaseMemberReports_CaseId",
                table: "CaseMemberReports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMinutes_CaseId",
                table: "CaseMinutes",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReCheckInspectors_ReCheckId_UserId",
                table: "CaseReCheckInspectors",
                columns: new[] { "ReCheckId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseReCheckInspectors_UserId",
                table: "CaseReCheckInspectors",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReCheckResults_ReCheckId_SanctionId",
                table: "CaseReCheckResults",
                columns: new[] { "ReCheckId", "SanctionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseReChecks_CaseId",
                table: "CaseReChecks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Authority_CreationTime_Code_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "Authority", "CreationTime", "Code", "IsDeleted", "Id" },
                descending: new[] { false, true, false, false, false });

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
                name: "IX_Cases_ConclusionDate",
                table: "Cases",
                column: "ConclusionDate");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CreationTime_Code_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "CreationTime", "Code", "IsDeleted", "Id" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_IsDeleted",
                table: "Cases",
                column: "IsDeleted");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OnSiteStart_Code_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "OnSiteStart", "Code", "IsDeleted", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PlanItemId",
                table: "Cases",
                column: "PlanItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State_Code_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "State", "Code", "IsDeleted", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State_CreationTime_Code_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "State", "CreationTime", "Code", "IsDeleted", "Id" },
                descending: new[] { false, true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_UnitId",
                table: "Cases",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkflowInstanceId_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "WorkflowInstanceId", "IsDeleted", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSanctions_CaseId",
                table: "CaseSanctions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSanctions_Status_Deadline",
                table: "CaseSanctions",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSelfAssessmentEntries_CaseId",
                table: "CaseSelfAssessmentEntries",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSuspensions_CaseId",
                table: "CaseSuspensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamChanges_CaseId_ChangedOn",
                table: "CaseTeamChanges",
                columns: new[] { "CaseId", "ChangedOn" });

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
                name: "IX_CaseViewers_CaseId",
                table: "CaseViewers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseViewers_UserId_Code_CaseId",
                table: "CaseViewers",
                columns: new[] { "UserId", "Code", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseViewers_UserId_CreationTime_Code_CaseId",
                table: "CaseViewers",
                columns: new[] { "UserId", "CreationTime", "Code", "CaseId" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_CaseViewers_UserId_InstanceId",
                table: "CaseViewers",
                columns: new[] { "UserId", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmailOutbox_NotificationId",
                table: "EmailOutbox",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailOutbox_SentAtUtc_AbandonedAtUtc_NextAttemptAtUtc",
                table: "EmailOutbox",
                columns: new[] { "SentAtUtc", "AbandonedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_Authority_Year_Number",
                table: "IssuedDocuments",
                columns: new[] { "Authority", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_CaseId_Kind_SubjectKey",
                table: "IssuedDocuments",
                columns: new[] { "CaseId", "Kind", "SubjectKey" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedDocuments_IsDeleted",
                table: "IssuedDocuments",
                column: "IsDeleted");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_RecipientUserId_ReadAtUtc_CreatedAtUtc",
                table: "Notifications",
                columns: new[] { "RecipientUserId", "ReadAtUtc", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_SourceKey_RecipientUserId",
                table: "Notifications",
                columns: new[] { "SourceKey", "RecipientUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PermissionGrants_RoleName_PermissionName",
                table: "PermissionGrants",
                columns: new[] { "RoleName", "PermissionName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitImplementationPlans_IsDeleted",
                table: "UnitImplementationPlans",
                column: "IsDeleted");

            migrationBuilder.CreateIndex(
                name: "IX_UnitImplementationPlans_UnitId_Year",
                table: "UnitImplementationPlans",
                columns: new[] { "UnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitImplementationPlans_Year",
                table: "UnitImplementationPlans",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_UnitKpiReports_IsDeleted",
                table: "UnitKpiReports",
                column: "IsDeleted");

            migrationBuilder.CreateIndex(
                name: "IX_UnitKpiReports_Period",
                table: "UnitKpiReports",
                column: "Period");

            migrationBuilder.CreateIndex(
                name: "IX_UnitKpiReports_UnitId_Period",
                table: "UnitKpiReports",
                columns: new[] { "UnitId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_IsDeleted",
                table: "Units",
                column: "IsDeleted");

            migrationBuilder.CreateIndex(
                name: "IX_Units_Kind",
                table: "Units",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_UnitSuccessions_SuccessorId",
                table: "UnitSuccessions",
                column: "SuccessorId");

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
                name: "IX_WfHumanTasks_InstanceId_Status",
                table: "WfHumanTasks",
                columns: new[] { "InstanceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc_CreatedAtUtc_Id_AssigneeUserId_InstanceId",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeRole", "DueAtUtc", "CreatedAtUtc", "Id", "AssigneeUserId", "InstanceId" },
                filter: "[Status] = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc_CreatedAtUtc_Id_InstanceId",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeUserId", "DueAtUtc", "CreatedAtUtc", "Id", "InstanceId" },
                filter: "[Status] = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_IsOverdue_DueAtUtc",
                table: "WfHumanTasks",
                columns: new[] { "Status", "IsOverdue", "DueAtUtc" },
                filter: "[Status] = 'Open'");

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
                name: "AnnualPlanAdjustments");

            migrationBuilder.DropTable(
                name: "AnnualPlanAmendments");

            migrationBuilder.DropTable(
                name: "AnnualPlanItems");

            migrationBuilder.DropTable(
                name: "AnnualPlanRiskScores");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditCheckpoints");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Authorities");

            migrationBuilder.DropTable(
                name: "CaseChecklistItems");

            migrationBuilder.DropTable(
                name: "CaseDiaryEntries");

            migrationBuilder.DropTable(
                name: "CaseDissents");

            migrationBuilder.DropTable(
                name: "CaseDocumentRequestAnswers");

            migrationBuilder.DropTable(
                name: "CaseEvidence");

            migrationBuilder.DropTable(
                name: "CaseExplanations");

            migrationBuilder.DropTable(
                name: "CaseExtensions");

            migrationBuilder.DropTable(
                name: "CaseExternalMembers");

            migrationBuilder.DropTable(
                name: "CaseFindings");

            migrationBuilder.DropTable(
                name: "CaseImplementationReports");

            migrationBuilder.DropTable(
                name: "CaseMemberReports");

            migrationBuilder.DropTable(
                name: "CaseMinutes");

            migrationBuilder.DropTable(
                name: "CaseReCheckInspectors");

            migrationBuilder.DropTable(
                name: "CaseReCheckResults");

            migrationBuilder.DropTable(
                name: "CaseSanctions");

            migrationBuilder.DropTable(
                name: "CaseSelfAssessmentEntries");

            migrationBuilder.DropTable(
                name: "CaseSuspensions");

            migrationBuilder.DropTable(
                name: "CaseTeamChanges");

            migrationBuilder.DropTable(
                name: "CaseTeamMembers");

            migrationBuilder.DropTable(
                name: "CaseViewers");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EmailOutbox");

            migrationBuilder.DropTable(
                name: "IssuedDocuments");

            migrationBuilder.DropTable(
                name: "PermissionGrants");

            migrationBuilder.DropTable(
                name: "UnitImplementationPlans");

            migrationBuilder.DropTable(
                name: "UnitKpiReports");

            migrationBuilder.DropTable(
                name: "UnitSuccessions");

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
                name: "AnnualPlans");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CaseDocumentRequests");

            migrationBuilder.DropTable(
                name: "CaseReChecks");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "WfInstances");

            migrationBuilder.DropTable(
                name: "CaseFollowUps");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
