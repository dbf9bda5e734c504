// Namespaces that many files of this project import; the SDK's implicit usings (common.props) are not repeated here.
global using InspectionSuite.EntityFrameworkCore;
global using InspectionSuite.Organization;
global using Microsoft.Extensions.DependencyInjection;
