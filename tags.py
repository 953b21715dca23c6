from storyline.extract.text import clean_text
cases = [
 "Analysts say a<b and c>d holds for every budget line in the report here.",
 "The trial enrolled patients <age 18 and adults >65 from five hospitals in the state.",
 "Use the <div> element, the committee's web guide told staff in a memo on Monday.",
 'He wrote <a href="x>y">the list</a> for the council, officials said on Friday.',
 'The scores were x<y="high" while others were y>z, the analyst said on Monday night.',
 "Type <Enter> to continue, the instructions in the county's new voting machines say.",
 "The email address <john.smith@example.com> was listed on the filing, officials said.",
 "Earnings < expectations and revenue > forecasts, the analyst wrote in a note Monday.",
 "Read the council's ruling <here> and the mayor's reply <there>, the newsletter said.",
 "The senator said <blockquote> tags were removed.\n\nA second paragraph describes the vote on Monday.\n\nA third paragraph: </blockquote> ends here, said the clerk on Monday.",
 "The filing quoted him saying <i>we will win</i> and cited <the rule> again on Monday.",
]
for c in cases:
    out = clean_text(c, has_title=True).text
    print(repr(c)); print("  ->", repr(out)); print()
