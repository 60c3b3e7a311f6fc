global using Decider.Core.Content;
global using Decider.Core.Rules;
global using Microsoft.AspNetCore.Http.HttpResults;
