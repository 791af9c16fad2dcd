from django.db.models import Count

users = User.objects.annotate(total=Count('article__like_users')).order_by('pk')
for user in users:
    print(user.username, user.total)
