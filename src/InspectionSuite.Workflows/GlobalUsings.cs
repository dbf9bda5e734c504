// Namespaces that many files of this project import; the SDK's implicit usings (common.props) are not repeated here.
global using InspectionSuite.Workflows.Contracts;
global using InspectionSuite.Workflows.Definitions;
global using InspectionSuite.Workflows.Persistence;
global using InspectionSuite.Workflows.Services;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using System.Diagnostics;
global using System.Text.Json;
global using System.Text.Json.Nodes;
