package dev.tiac.sandbox.world;

import java.util.List;

/** Word lists the generator draws from. */
final class Names {
  static final List<String> FIRST = List.of("Alice", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hiro",
      "Ines", "Jonas", "Keiko", "Liam", "Maya", "Nikolai", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tara",
      "Umar", "Vera", "Wei", "Ximena", "Yusuf", "Zoe", "Anders", "Bianca", "Carlos", "Daria");
  static final List<String> LAST = List.of("Anderson", "Brandt", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia",
      "Hansen", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero",
      "Rossi", "Schmidt", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yamada", "Zimmer", "Novak", "Silva");
  static final List<String> DEPARTMENTS = List.of("Finance", "Sales", "Engineering", "Human Resources", "IT",
      "Legal", "Marketing", "Operations");
  static final List<String> DESKTOP_OS = List.of("Windows 10", "Windows 10", "Windows 11");
  static final List<String> SERVER_OS = List.of("Windows Server 2019", "Windows Server 2016", "Windows Server 2022");
  static final List<String> SUBJECTS = List.of("Weekly status", "Lunch on Friday?", "Q3 forecast", "Re: contract draft",
      "Meeting notes", "Expense report", "Travel booking confirmation", "Welcome aboard", "Updated roadmap",
      "Customer feedback", "Holiday schedule", "Fw: pricing sheet", "Security awareness training");
  static final List<String> PARTNER_DOMAINS = List.of("fabrikam.com", "northwindtraders.com", "tailspintoys.com",
      "wingtiptoys.com", "adventure-works.com", "litwareinc.com");
  static final List<String> ATTACHMENTS = List.of("report.xlsx", "notes.docx", "slides.pptx", "contract.pdf", "photo.jpg", "budget.xlsx");
  static final List<String> PROCESSES = List.of("C:\\Windows\\explorer.exe", "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE",
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
      "C:\\Windows\\System32\\notepad.exe", "C:\\Windows\\System32\\svchost.exe", "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE",
      "C:\\Windows\\System32\\cmd.exe");
  static final List<String> WEB_DOMAINS = List.of("www.bing.com", "login.microsoftonline.com", "outlook.office365.com",
      "github.com", "update.microsoft.com", "www.wikipedia.org", "cdn.fabrikam.com");

  private Names() {}
}
