import process from 'node:process'

process.stdout.write('mentorschap: not yet implemented\n')
