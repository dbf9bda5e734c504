// Namespaces that many files of this project import; the SDK's implicit usings (common.props) are not repeated here.
global using InspectionSuite.Cases;
global using InspectionSuite.Documents;
global using InspectionSuite.Identity;
global using InspectionSuite.Localization;
global using InspectionSuite.Organization;
global using InspectionSuite.Oversight;
global using InspectionSuite.Permissions;
global using InspectionSuite.Planning;
global using InspectionSuite.Web.Pages.Cases;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using System.Globalization;
