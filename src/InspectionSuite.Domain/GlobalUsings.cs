// Namespaces that many files of this project import; the SDK's implicit usings (common.props) are not repeated here.
global using InspectionSuite.Entities;
global using InspectionSuite.Organization;
global using InspectionSuite.Sampling;
global using System.Globalization;
global using System.Security.Cryptography;
global using System.Text;
