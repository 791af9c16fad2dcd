person = User.objects.get(pk=1)
me = User.objects.get(pk=2)
if me in person.followers.all():
    person.followers.remove(me)
else:
    person.followers.add(me)
print(person.username, person.followers.count())
