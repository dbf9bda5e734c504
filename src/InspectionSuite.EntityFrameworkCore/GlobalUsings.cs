// Namespaces that many files of this project import; the SDK's implicit usings (common.props) are not repeated here.
global using InspectionSuite.Auditing;
global using InspectionSuite.Cases;
global using InspectionSuite.Entities;
global using InspectionSuite.Identity;
global using InspectionSuite.Organization;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.ChangeTracking;
global using Microsoft.EntityFrameworkCore.Diagnostics;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
