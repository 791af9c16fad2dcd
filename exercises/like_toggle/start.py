article = Article.objects.get(pk=1)
me = User.objects.get(pk=2)
if me in article.like_users.all():
    article.like_users.remove(me)
else:
    article.like_users.add(me)
print(article.title, article.like_users.count())
