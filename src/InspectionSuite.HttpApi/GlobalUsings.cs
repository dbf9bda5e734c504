// Namespaces that many files of this project import; the SDK's implicit usings (common.props) are not repeated here.
global using InspectionSuite.Cases;
global using InspectionSuite.Errors;
global using InspectionSuite.Localization;
global using InspectionSuite.Organization;
global using InspectionSuite.Permissions;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Options;
