1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"MIgmoYtmk9hh2KurbjVno","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
